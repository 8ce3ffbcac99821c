"use strict";

// <stdin>
module.exports = validate28;
module.exports.default = validate28;
var schema20 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/formats/mcpb-manifest.schema.json", "title": "MCPB / DXT manifest.json, manifest_version or dxt_version 0.1 to 0.4 (fields mcp-risk-gate reads)", "type": "object", "required": ["name", "server"], "properties": { "manifest_version": { "type": "string" }, "dxt_version": { "type": "string" }, "name": { "type": "string" }, "display_name": { "type": "string" }, "version": { "type": "string" }, "description": { "type": "string" }, "repository": { "type": "object", "properties": { "url": { "type": "string" } } }, "server": { "type": "object", "properties": { "type": { "type": "string" }, "entry_point": { "type": "string" }, "mcp_config": { "type": "object", "properties": { "command": { "type": "string" }, "args": { "type": "array", "items": { "type": "string" } }, "env": { "type": "object", "additionalProperties": { "type": "string" } } } } } }, "tools": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "description": { "type": "string" } } } }, "tools_generated": { "type": "boolean" }, "prompts": { "type": "array" }, "privacy_policies": { "type": "array", "items": { "type": "string" } }, "user_config": { "type": "object", "additionalProperties": { "type": "object", "properties": { "type": { "enum": ["string", "number", "boolean", "directory", "file"] }, "title": { "type": "string" }, "description": { "type": "string" }, "required": { "type": "boolean" }, "sensitive": { "type": "boolean" }, "multiple": { "type": "boolean" } } } } } };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    if (data.server === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property 'server'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.manifest_version !== void 0) {
      if (typeof data.manifest_version !== "string") {
        const err2 = { instancePath: instancePath + "/manifest_version", schemaPath: "#/properties/manifest_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.dxt_version !== void 0) {
      if (typeof data.dxt_version !== "string") {
        const err3 = { instancePath: instancePath + "/dxt_version", schemaPath: "#/properties/dxt_version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.display_name !== void 0) {
      if (typeof data.display_name !== "string") {
        const err5 = { instancePath: instancePath + "/display_name", schemaPath: "#/properties/display_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.repository !== void 0) {
      let data6 = data.repository;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.url !== void 0) {
          if (typeof data6.url !== "string") {
            const err8 = { instancePath: instancePath + "/repository/url", schemaPath: "#/properties/repository/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.server !== void 0) {
      let data8 = data.server;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.type !== void 0) {
          if (typeof data8.type !== "string") {
            const err10 = { instancePath: instancePath + "/server/type", schemaPath: "#/properties/server/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data8.entry_point !== void 0) {
          if (typeof data8.entry_point !== "string") {
            const err11 = { instancePath: instancePath + "/server/entry_point", schemaPath: "#/properties/server/properties/entry_point/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data8.mcp_config !== void 0) {
          let data11 = data8.mcp_config;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.command !== void 0) {
              if (typeof data11.command !== "string") {
                const err12 = { instancePath: instancePath + "/server/mcp_config/command", schemaPath: "#/properties/server/properties/mcp_config/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data11.args !== void 0) {
              let data13 = data11.args;
              if (Array.isArray(data13)) {
                const len0 = data13.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data13[i0] !== "string") {
                    const err13 = { instancePath: instancePath + "/server/mcp_config/args/" + i0, schemaPath: "#/properties/server/properties/mcp_config/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/server/mcp_config/args", schemaPath: "#/properties/server/properties/mcp_config/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data11.env !== void 0) {
              let data15 = data11.env;
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                for (const key0 in data15) {
                  if (typeof data15[key0] !== "string") {
                    const err15 = { instancePath: instancePath + "/server/mcp_config/env/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/server/properties/mcp_config/properties/env/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/server/mcp_config/env", schemaPath: "#/properties/server/properties/mcp_config/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/server/mcp_config", schemaPath: "#/properties/server/properties/mcp_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data17 = data.tools;
      if (Array.isArray(data17)) {
        const len1 = data17.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data18 = data17[i1];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.name === void 0) {
              const err19 = { instancePath: instancePath + "/tools/" + i1, schemaPath: "#/properties/tools/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data18.name !== void 0) {
              if (typeof data18.name !== "string") {
                const err20 = { instancePath: instancePath + "/tools/" + i1 + "/name", schemaPath: "#/properties/tools/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data18.description !== void 0) {
              if (typeof data18.description !== "string") {
                const err21 = { instancePath: instancePath + "/tools/" + i1 + "/description", schemaPath: "#/properties/tools/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/tools/" + i1, schemaPath: "#/properties/tools/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.tools_generated !== void 0) {
      if (typeof data.tools_generated !== "boolean") {
        const err24 = { instancePath: instancePath + "/tools_generated", schemaPath: "#/properties/tools_generated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.prompts !== void 0) {
      if (!Array.isArray(data.prompts)) {
        const err25 = { instancePath: instancePath + "/prompts", schemaPath: "#/properties/prompts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.privacy_policies !== void 0) {
      let data23 = data.privacy_policies;
      if (Array.isArray(data23)) {
        const len2 = data23.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data23[i2] !== "string") {
            const err26 = { instancePath: instancePath + "/privacy_policies/" + i2, schemaPath: "#/properties/privacy_policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/privacy_policies", schemaPath: "#/properties/privacy_policies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.user_config !== void 0) {
      let data25 = data.user_config;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key1 in data25) {
          let data26 = data25[key1];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.type !== void 0) {
              let data27 = data26.type;
              if (!(data27 === "string" || data27 === "number" || data27 === "boolean" || data27 === "directory" || data27 === "file")) {
                const err28 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/type", schemaPath: "#/properties/user_config/additionalProperties/properties/type/enum", keyword: "enum", params: { allowedValues: schema20.properties.user_config.additionalProperties.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data26.title !== void 0) {
              if (typeof data26.title !== "string") {
                const err29 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/properties/user_config/additionalProperties/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data26.description !== void 0) {
              if (typeof data26.description !== "string") {
                const err30 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/user_config/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data26.required !== void 0) {
              if (typeof data26.required !== "boolean") {
                const err31 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/required", schemaPath: "#/properties/user_config/additionalProperties/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data26.sensitive !== void 0) {
              if (typeof data26.sensitive !== "boolean") {
                const err32 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/sensitive", schemaPath: "#/properties/user_config/additionalProperties/properties/sensitive/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data26.multiple !== void 0) {
              if (typeof data26.multiple !== "boolean") {
                const err33 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/multiple", schemaPath: "#/properties/user_config/additionalProperties/properties/multiple/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/user_config/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/user_config/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/user_config", schemaPath: "#/properties/user_config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
