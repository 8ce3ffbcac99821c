"use strict";

// <stdin>
module.exports = validate32;
module.exports.default = validate32;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err0 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.mcpServers !== void 0) {
      let data2 = data.mcpServers;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          let data3 = data2[key0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.type !== void 0) {
              if (typeof data3.type !== "string") {
                const err2 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/mcpServers/additionalProperties/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data3.command !== void 0) {
              if (typeof data3.command !== "string") {
                const err3 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/command", schemaPath: "#/properties/mcpServers/additionalProperties/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data3.args !== void 0) {
              let data6 = data3.args;
              if (Array.isArray(data6)) {
                const len0 = data6.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data6[i0] !== "string") {
                    const err4 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/args/" + i0, schemaPath: "#/properties/mcpServers/additionalProperties/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
              } else {
                const err5 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/args", schemaPath: "#/properties/mcpServers/additionalProperties/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data3.env !== void 0) {
              let data8 = data3.env;
              if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                const err6 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/mcpServers/additionalProperties/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data3.url !== void 0) {
              if (typeof data3.url !== "string") {
                const err7 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/properties/mcpServers/additionalProperties/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.httpUrl !== void 0) {
              if (typeof data3.httpUrl !== "string") {
                const err8 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/httpUrl", schemaPath: "#/properties/mcpServers/additionalProperties/properties/httpUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.headers !== void 0) {
              let data11 = data3.headers;
              if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                const err9 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/headers", schemaPath: "#/properties/mcpServers/additionalProperties/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.oauth !== void 0) {
              let data12 = data3.oauth;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.enabled !== void 0) {
                  if (typeof data12.enabled !== "boolean") {
                    const err10 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/oauth/enabled", schemaPath: "#/properties/mcpServers/additionalProperties/properties/oauth/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
              } else {
                const err11 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/oauth", schemaPath: "#/properties/mcpServers/additionalProperties/properties/oauth/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/mcpServers/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/mcpServers/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/mcpServers", schemaPath: "#/properties/mcpServers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.settings !== void 0) {
      let data14 = data.settings;
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.name !== void 0) {
              if (typeof data15.name !== "string") {
                const err14 = { instancePath: instancePath + "/settings/" + i1 + "/name", schemaPath: "#/properties/settings/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data15.envVar !== void 0) {
              if (typeof data15.envVar !== "string") {
                const err15 = { instancePath: instancePath + "/settings/" + i1 + "/envVar", schemaPath: "#/properties/settings/items/properties/envVar/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/settings/" + i1, schemaPath: "#/properties/settings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
