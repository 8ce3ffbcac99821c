"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

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
module.exports = validate34;
module.exports.default = validate34;
var schema26 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/org-policy.schema.json", "title": "mcp-risk-gate organisation policy", "description": "The policy every repository of an organisation gets (--org-policy FILE, Action input org-policy). A repository's .mcp-risk.yml and its workflow inputs may tighten each setting but not loosen it, unless the setting is listed in allow-loosening. Waivers apply only when the organisation co-signs them (allowed-owners). Put `# yaml-language-server: $schema=<path or URL of this file>` at the top for editor completion.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Org policy format version. Only 1 exists." }, "policy": { "type": "object", "additionalProperties": false, "description": "The floor: the same keys as the profile's policy. Unset keys leave the repository (or the built-in default) free.", "properties": { "fail-on-score": { "type": "number", "minimum": 0, "maximum": 10 }, "fail-on-posture": { "type": "number", "minimum": 0, "maximum": 10 }, "fail-on-missing": { "enum": ["required", "recommended", "none"] }, "max-score-increase": { "type": "number", "minimum": 0, "maximum": 10 }, "warn-only": { "type": "boolean" }, "only-new": { "type": "boolean", "description": "Fail only on findings this change introduces (needs a base ref)." }, "require-lock": { "type": "boolean", "description": "Fail when mcp-tools.lock.json does not match the tools." }, "comment": { "enum": ["never", "on-failure", "always", "on-change"] } } }, "allow-loosening": { "type": "array", "uniqueItems": true, "description": "Policy keys a repository may set looser than the organisation's value.", "items": { "enum": ["fail-on-score", "fail-on-posture", "fail-on-missing", "max-score-increase", "warn-only", "only-new", "require-lock"] } }, "waivers": { "type": "object", "additionalProperties": false, "properties": { "allowed-owners": { "type": "array", "minItems": 1, "description": "A repository waiver applies only when its owner is one of these (the organisation co-signs). Others are reported and not applied.", "items": { "type": "string", "minLength": 1 } }, "max-days": { "type": "integer", "minimum": 1, "description": "Longest a waiver may run, in days from the run date." } } }, "catalogs": { "type": "array", "description": "Extra control catalogs (schemas/maestro-catalog.schema.json), paths relative to this file.", "items": { "type": "string", "minLength": 1 } } } };
var func0 = require_equal().default;
var func2 = require_ucs2length().default;
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "version" || key0 === "policy" || key0 === "allow-loosening" || key0 === "waivers" || key0 === "catalogs")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data2 = data.policy;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "fail-on-score" || key1 === "fail-on-posture" || key1 === "fail-on-missing" || key1 === "max-score-increase" || key1 === "warn-only" || key1 === "only-new" || key1 === "require-lock" || key1 === "comment")) {
            const err4 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2["fail-on-score"] !== void 0) {
          let data3 = data2["fail-on-score"];
          if (typeof data3 == "number") {
            if (data3 > 10 || isNaN(data3)) {
              const err5 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data3 < 0 || isNaN(data3)) {
              const err6 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2["fail-on-posture"] !== void 0) {
          let data4 = data2["fail-on-posture"];
          if (typeof data4 == "number") {
            if (data4 > 10 || isNaN(data4)) {
              const err8 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data4 < 0 || isNaN(data4)) {
              const err9 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2["fail-on-missing"] !== void 0) {
          let data5 = data2["fail-on-missing"];
          if (!(data5 === "required" || data5 === "recommended" || data5 === "none")) {
            const err11 = { instancePath: instancePath + "/policy/fail-on-missing", schemaPath: "#/properties/policy/properties/fail-on-missing/enum", keyword: "enum", params: { allowedValues: schema26.properties.policy.properties["fail-on-missing"].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2["max-score-increase"] !== void 0) {
          let data6 = data2["max-score-increase"];
          if (typeof data6 == "number") {
            if (data6 > 10 || isNaN(data6)) {
              const err12 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data6 < 0 || isNaN(data6)) {
              const err13 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2["warn-only"] !== void 0) {
          if (typeof data2["warn-only"] !== "boolean") {
            const err15 = { instancePath: instancePath + "/policy/warn-only", schemaPath: "#/properties/policy/properties/warn-only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2["only-new"] !== void 0) {
          if (typeof data2["only-new"] !== "boolean") {
            const err16 = { instancePath: instancePath + "/policy/only-new", schemaPath: "#/properties/policy/properties/only-new/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data2["require-lock"] !== void 0) {
          if (typeof data2["require-lock"] !== "boolean") {
            const err17 = { instancePath: instancePath + "/policy/require-lock", schemaPath: "#/properties/policy/properties/require-lock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.comment !== void 0) {
          let data10 = data2.comment;
          if (!(data10 === "never" || data10 === "on-failure" || data10 === "always" || data10 === "on-change")) {
            const err18 = { instancePath: instancePath + "/policy/comment", schemaPath: "#/properties/policy/properties/comment/enum", keyword: "enum", params: { allowedValues: schema26.properties.policy.properties.comment.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data["allow-loosening"] !== void 0) {
      let data11 = data["allow-loosening"];
      if (Array.isArray(data11)) {
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data11[i0];
          if (!(data12 === "fail-on-score" || data12 === "fail-on-posture" || data12 === "fail-on-missing" || data12 === "max-score-increase" || data12 === "warn-only" || data12 === "only-new" || data12 === "require-lock")) {
            const err20 = { instancePath: instancePath + "/allow-loosening/" + i0, schemaPath: "#/properties/allow-loosening/items/enum", keyword: "enum", params: { allowedValues: schema26.properties["allow-loosening"].items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        let i1 = data11.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data11[i1], data11[j0])) {
                const err21 = { instancePath: instancePath + "/allow-loosening", schemaPath: "#/properties/allow-loosening/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/allow-loosening", schemaPath: "#/properties/allow-loosening/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data13 = data.waivers;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key2 in data13) {
          if (!(key2 === "allowed-owners" || key2 === "max-days")) {
            const err23 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data13["allowed-owners"] !== void 0) {
          let data14 = data13["allowed-owners"];
          if (Array.isArray(data14)) {
            if (data14.length < 1) {
              const err24 = { instancePath: instancePath + "/waivers/allowed-owners", schemaPath: "#/properties/waivers/properties/allowed-owners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            const len1 = data14.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data15 = data14[i2];
              if (typeof data15 === "string") {
                if (func2(data15) < 1) {
                  const err25 = { instancePath: instancePath + "/waivers/allowed-owners/" + i2, schemaPath: "#/properties/waivers/properties/allowed-owners/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/waivers/allowed-owners/" + i2, schemaPath: "#/properties/waivers/properties/allowed-owners/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/waivers/allowed-owners", schemaPath: "#/properties/waivers/properties/allowed-owners/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data13["max-days"] !== void 0) {
          let data16 = data13["max-days"];
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
            const err28 = { instancePath: instancePath + "/waivers/max-days", schemaPath: "#/properties/waivers/properties/max-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data16 == "number") {
            if (data16 < 1 || isNaN(data16)) {
              const err29 = { instancePath: instancePath + "/waivers/max-days", schemaPath: "#/properties/waivers/properties/max-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.catalogs !== void 0) {
      let data17 = data.catalogs;
      if (Array.isArray(data17)) {
        const len2 = data17.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data18 = data17[i3];
          if (typeof data18 === "string") {
            if (func2(data18) < 1) {
              const err31 = { instancePath: instancePath + "/catalogs/" + i3, schemaPath: "#/properties/catalogs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/catalogs/" + i3, schemaPath: "#/properties/catalogs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/catalogs", schemaPath: "#/properties/catalogs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
