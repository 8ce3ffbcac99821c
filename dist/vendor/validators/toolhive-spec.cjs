"use strict";

// <stdin>
module.exports = validate31;
module.exports.default = validate31;
var schema23 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/formats/toolhive-spec.schema.json", "title": "ToolHive registry spec.yaml (fields mcp-risk-gate reads)", "type": "object", "required": ["transport"], "properties": { "name": { "type": "string" }, "description": { "type": "string" }, "transport": { "enum": ["stdio", "sse", "streamable-http"] }, "image": { "type": "string" }, "url": { "type": "string" }, "repository_url": { "type": "string" }, "tools": { "type": "array", "items": { "type": "string" } }, "args": { "type": "array", "items": { "type": "string" } }, "permissions": { "type": "object", "properties": { "network": { "type": "object", "properties": { "outbound": { "type": "object", "properties": { "allow_host": { "type": "array", "items": { "type": "string" } }, "allow_port": { "type": "array", "items": { "type": "integer" } }, "insecure_allow_all": { "type": "boolean" } } } } } } }, "env_vars": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "required": { "type": "boolean" }, "secret": { "type": "boolean" } } } } } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.transport === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transport" }, message: "must have required property 'transport'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.transport !== void 0) {
      let data2 = data.transport;
      if (!(data2 === "stdio" || data2 === "sse" || data2 === "streamable-http")) {
        const err3 = { instancePath: instancePath + "/transport", schemaPath: "#/properties/transport/enum", keyword: "enum", params: { allowedValues: schema23.properties.transport.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err4 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      if (typeof data.url !== "string") {
        const err5 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.repository_url !== void 0) {
      if (typeof data.repository_url !== "string") {
        const err6 = { instancePath: instancePath + "/repository_url", schemaPath: "#/properties/repository_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data6 = data.tools;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data6[i0] !== "string") {
            const err7 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/properties/tools/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.args !== void 0) {
      let data8 = data.args;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data8[i1] !== "string") {
            const err9 = { instancePath: instancePath + "/args/" + i1, schemaPath: "#/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/args", schemaPath: "#/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.permissions !== void 0) {
      let data10 = data.permissions;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.network !== void 0) {
          let data11 = data10.network;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.outbound !== void 0) {
              let data12 = data11.outbound;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.allow_host !== void 0) {
                  let data13 = data12.allow_host;
                  if (Array.isArray(data13)) {
                    const len2 = data13.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data13[i2] !== "string") {
                        const err11 = { instancePath: instancePath + "/permissions/network/outbound/allow_host/" + i2, schemaPath: "#/properties/permissions/properties/network/properties/outbound/properties/allow_host/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/permissions/network/outbound/allow_host", schemaPath: "#/properties/permissions/properties/network/properties/outbound/properties/allow_host/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data12.allow_port !== void 0) {
                  let data15 = data12.allow_port;
                  if (Array.isArray(data15)) {
                    const len3 = data15.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data16 = data15[i3];
                      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                        const err13 = { instancePath: instancePath + "/permissions/network/outbound/allow_port/" + i3, schemaPath: "#/properties/permissions/properties/network/properties/outbound/properties/allow_port/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/permissions/network/outbound/allow_port", schemaPath: "#/properties/permissions/properties/network/properties/outbound/properties/allow_port/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data12.insecure_allow_all !== void 0) {
                  if (typeof data12.insecure_allow_all !== "boolean") {
                    const err15 = { instancePath: instancePath + "/permissions/network/outbound/insecure_allow_all", schemaPath: "#/properties/permissions/properties/network/properties/outbound/properties/insecure_allow_all/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/permissions/network/outbound", schemaPath: "#/properties/permissions/properties/network/properties/outbound/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/permissions/network", schemaPath: "#/properties/permissions/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.env_vars !== void 0) {
      let data18 = data.env_vars;
      if (Array.isArray(data18)) {
        const len4 = data18.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data19 = data18[i4];
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.name === void 0) {
              const err19 = { instancePath: instancePath + "/env_vars/" + i4, schemaPath: "#/properties/env_vars/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data19.name !== void 0) {
              if (typeof data19.name !== "string") {
                const err20 = { instancePath: instancePath + "/env_vars/" + i4 + "/name", schemaPath: "#/properties/env_vars/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data19.required !== void 0) {
              if (typeof data19.required !== "boolean") {
                const err21 = { instancePath: instancePath + "/env_vars/" + i4 + "/required", schemaPath: "#/properties/env_vars/items/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data19.secret !== void 0) {
              if (typeof data19.secret !== "boolean") {
                const err22 = { instancePath: instancePath + "/env_vars/" + i4 + "/secret", schemaPath: "#/properties/env_vars/items/properties/secret/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/env_vars/" + i4, schemaPath: "#/properties/env_vars/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/env_vars", schemaPath: "#/properties/env_vars/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
