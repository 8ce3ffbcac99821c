"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// <stdin>
module.exports = validate35;
module.exports.default = validate35;
var func2 = require_ucs2length().default;
var pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.lockVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lockVersion" }, message: "must have required property 'lockVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.algorithm === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.canonicalization === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "canonicalization" }, message: "must have required property 'canonicalization'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tools === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "lockVersion" || key0 === "algorithm" || key0 === "canonicalization" || key0 === "tools")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.lockVersion !== void 0) {
      if (1 !== data.lockVersion) {
        const err6 = { instancePath: instancePath + "/lockVersion", schemaPath: "#/properties/lockVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.algorithm !== void 0) {
      if ("sha256" !== data.algorithm) {
        const err7 = { instancePath: instancePath + "/algorithm", schemaPath: "#/properties/algorithm/const", keyword: "const", params: { allowedValue: "sha256" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.canonicalization !== void 0) {
      if ("RFC8785" !== data.canonicalization) {
        const err8 = { instancePath: instancePath + "/canonicalization", schemaPath: "#/properties/canonicalization/const", keyword: "const", params: { allowedValue: "RFC8785" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data4 = data.tools;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.name === void 0) {
              const err9 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/definitions/lockedTool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data5.sha256 === void 0) {
              const err10 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/definitions/lockedTool/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data5.definition === void 0) {
              const err11 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/definitions/lockedTool/required", keyword: "required", params: { missingProperty: "definition" }, message: "must have required property 'definition'" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key1 in data5) {
              if (!(key1 === "name" || key1 === "sha256" || key1 === "definition")) {
                const err12 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/definitions/lockedTool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data5.name !== void 0) {
              let data6 = data5.name;
              if (typeof data6 === "string") {
                if (func2(data6) < 1) {
                  const err13 = { instancePath: instancePath + "/tools/" + i0 + "/name", schemaPath: "#/definitions/lockedTool/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/tools/" + i0 + "/name", schemaPath: "#/definitions/lockedTool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.sha256 !== void 0) {
              let data7 = data5.sha256;
              if (typeof data7 === "string") {
                if (!pattern6.test(data7)) {
                  const err15 = { instancePath: instancePath + "/tools/" + i0 + "/sha256", schemaPath: "#/definitions/lockedTool/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/tools/" + i0 + "/sha256", schemaPath: "#/definitions/lockedTool/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data5.definition !== void 0) {
              let data8 = data5.definition;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key2 in data8) {
                  if (!(key2 === "description" || key2 === "inputSchema" || key2 === "outputSchema" || key2 === "annotations")) {
                    const err17 = { instancePath: instancePath + "/tools/" + i0 + "/definition", schemaPath: "#/definitions/lockedTool/properties/definition/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data8.description !== void 0) {
                  if (typeof data8.description !== "string") {
                    const err18 = { instancePath: instancePath + "/tools/" + i0 + "/definition/description", schemaPath: "#/definitions/lockedTool/properties/definition/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                if (data8.annotations !== void 0) {
                  let data10 = data8.annotations;
                  if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    if (data10.title !== void 0) {
                      if (typeof data10.title !== "string") {
                        const err19 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations/title", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    }
                    if (data10.readOnlyHint !== void 0) {
                      if (typeof data10.readOnlyHint !== "boolean") {
                        const err20 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations/readOnlyHint", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/properties/readOnlyHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                    if (data10.destructiveHint !== void 0) {
                      if (typeof data10.destructiveHint !== "boolean") {
                        const err21 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations/destructiveHint", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/properties/destructiveHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                    if (data10.idempotentHint !== void 0) {
                      if (typeof data10.idempotentHint !== "boolean") {
                        const err22 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations/idempotentHint", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/properties/idempotentHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    if (data10.openWorldHint !== void 0) {
                      if (typeof data10.openWorldHint !== "boolean") {
                        const err23 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations/openWorldHint", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/properties/openWorldHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err23];
                        } else {
                          vErrors.push(err23);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/tools/" + i0 + "/definition/annotations", schemaPath: "#/definitions/lockedTool/properties/definition/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              } else {
                const err25 = { instancePath: instancePath + "/tools/" + i0 + "/definition", schemaPath: "#/definitions/lockedTool/properties/definition/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/tools/" + i0, schemaPath: "#/definitions/lockedTool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
