"use strict";

// <stdin>
module.exports = validate30;
module.exports.default = validate30;
var schema22 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/formats/docker-catalog.schema.json", "title": "Docker MCP catalog server.yaml (fields mcp-risk-gate reads)", "type": "object", "required": ["name", "type"], "properties": { "name": { "type": "string" }, "image": { "type": "string" }, "type": { "enum": ["server", "remote", "poci"] }, "dynamic": { "type": "object", "properties": { "tools": { "type": "boolean" } } }, "about": { "type": "object", "properties": { "title": { "type": "string" }, "description": { "type": "string" } } }, "source": { "type": "object", "properties": { "project": { "type": "string" }, "commit": { "type": "string" } } }, "remote": { "type": "object", "properties": { "transport_type": { "enum": ["streamable-http", "sse", "http"] }, "url": { "type": "string" }, "headers": { "type": "object" } } }, "run": { "type": "object", "properties": { "command": { "type": "array" }, "volumes": { "type": "array", "items": { "type": "string" } }, "allowHosts": { "type": "array", "items": { "type": "string" } }, "disableNetwork": { "type": ["boolean", "string"] } } }, "config": { "type": "object", "properties": { "secrets": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "env": { "type": "string" }, "required": { "type": "boolean" } } } }, "env": { "type": "array" }, "parameters": { "type": "object" } } }, "oauth": { "type": "array", "items": { "type": "object", "required": ["provider"], "properties": { "provider": { "type": "string" } } } }, "tools": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" } } } } } };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      if (typeof data.image !== "string") {
        const err3 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data2 = data.type;
      if (!(data2 === "server" || data2 === "remote" || data2 === "poci")) {
        const err4 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema22.properties.type.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.dynamic !== void 0) {
      let data3 = data.dynamic;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.tools !== void 0) {
          if (typeof data3.tools !== "boolean") {
            const err5 = { instancePath: instancePath + "/dynamic/tools", schemaPath: "#/properties/dynamic/properties/tools/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/dynamic", schemaPath: "#/properties/dynamic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.about !== void 0) {
      let data5 = data.about;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.title !== void 0) {
          if (typeof data5.title !== "string") {
            const err7 = { instancePath: instancePath + "/about/title", schemaPath: "#/properties/about/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data5.description !== void 0) {
          if (typeof data5.description !== "string") {
            const err8 = { instancePath: instancePath + "/about/description", schemaPath: "#/properties/about/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/about", schemaPath: "#/properties/about/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data8 = data.source;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.project !== void 0) {
          if (typeof data8.project !== "string") {
            const err10 = { instancePath: instancePath + "/source/project", schemaPath: "#/properties/source/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data8.commit !== void 0) {
          if (typeof data8.commit !== "string") {
            const err11 = { instancePath: instancePath + "/source/commit", schemaPath: "#/properties/source/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.remote !== void 0) {
      let data11 = data.remote;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.transport_type !== void 0) {
          let data12 = data11.transport_type;
          if (!(data12 === "streamable-http" || data12 === "sse" || data12 === "http")) {
            const err13 = { instancePath: instancePath + "/remote/transport_type", schemaPath: "#/properties/remote/properties/transport_type/enum", keyword: "enum", params: { allowedValues: schema22.properties.remote.properties.transport_type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data11.url !== void 0) {
          if (typeof data11.url !== "string") {
            const err14 = { instancePath: instancePath + "/remote/url", schemaPath: "#/properties/remote/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data11.headers !== void 0) {
          let data14 = data11.headers;
          if (!(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
            const err15 = { instancePath: instancePath + "/remote/headers", schemaPath: "#/properties/remote/properties/headers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/remote", schemaPath: "#/properties/remote/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.run !== void 0) {
      let data15 = data.run;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        if (data15.command !== void 0) {
          if (!Array.isArray(data15.command)) {
            const err17 = { instancePath: instancePath + "/run/command", schemaPath: "#/properties/run/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data15.volumes !== void 0) {
          let data17 = data15.volumes;
          if (Array.isArray(data17)) {
            const len0 = data17.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data17[i0] !== "string") {
                const err18 = { instancePath: instancePath + "/run/volumes/" + i0, schemaPath: "#/properties/run/properties/volumes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/run/volumes", schemaPath: "#/properties/run/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data15.allowHosts !== void 0) {
          let data19 = data15.allowHosts;
          if (Array.isArray(data19)) {
            const len1 = data19.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data19[i1] !== "string") {
                const err20 = { instancePath: instancePath + "/run/allowHosts/" + i1, schemaPath: "#/properties/run/properties/allowHosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/run/allowHosts", schemaPath: "#/properties/run/properties/allowHosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data15.disableNetwork !== void 0) {
          let data21 = data15.disableNetwork;
          if (typeof data21 !== "boolean" && typeof data21 !== "string") {
            const err22 = { instancePath: instancePath + "/run/disableNetwork", schemaPath: "#/properties/run/properties/disableNetwork/type", keyword: "type", params: { type: schema22.properties.run.properties.disableNetwork.type }, message: "must be boolean,string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.config !== void 0) {
      let data22 = data.config;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.secrets !== void 0) {
          let data23 = data22.secrets;
          if (Array.isArray(data23)) {
            const len2 = data23.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data24 = data23[i2];
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.name !== void 0) {
                  if (typeof data24.name !== "string") {
                    const err24 = { instancePath: instancePath + "/config/secrets/" + i2 + "/name", schemaPath: "#/properties/config/properties/secrets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data24.env !== void 0) {
                  if (typeof data24.env !== "string") {
                    const err25 = { instancePath: instancePath + "/config/secrets/" + i2 + "/env", schemaPath: "#/properties/config/properties/secrets/items/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data24.required !== void 0) {
                  if (typeof data24.required !== "boolean") {
                    const err26 = { instancePath: instancePath + "/config/secrets/" + i2 + "/required", schemaPath: "#/properties/config/properties/secrets/items/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/config/secrets/" + i2, schemaPath: "#/properties/config/properties/secrets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/config/secrets", schemaPath: "#/properties/config/properties/secrets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data22.env !== void 0) {
          if (!Array.isArray(data22.env)) {
            const err29 = { instancePath: instancePath + "/config/env", schemaPath: "#/properties/config/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data22.parameters !== void 0) {
          let data29 = data22.parameters;
          if (!(data29 && typeof data29 == "object" && !Array.isArray(data29))) {
            const err30 = { instancePath: instancePath + "/config/parameters", schemaPath: "#/properties/config/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.oauth !== void 0) {
      let data30 = data.oauth;
      if (Array.isArray(data30)) {
        const len3 = data30.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data31 = data30[i3];
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            if (data31.provider === void 0) {
              const err32 = { instancePath: instancePath + "/oauth/" + i3, schemaPath: "#/properties/oauth/items/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data31.provider !== void 0) {
              if (typeof data31.provider !== "string") {
                const err33 = { instancePath: instancePath + "/oauth/" + i3 + "/provider", schemaPath: "#/properties/oauth/items/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/oauth/" + i3, schemaPath: "#/properties/oauth/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/oauth", schemaPath: "#/properties/oauth/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data33 = data.tools;
      if (Array.isArray(data33)) {
        const len4 = data33.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data34 = data33[i4];
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.name === void 0) {
              const err36 = { instancePath: instancePath + "/tools/" + i4, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data34.name !== void 0) {
              if (typeof data34.name !== "string") {
                const err37 = { instancePath: instancePath + "/tools/" + i4 + "/name", schemaPath: "#/properties/tools/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/tools/" + i4, schemaPath: "#/properties/tools/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
