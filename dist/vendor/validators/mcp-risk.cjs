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
module.exports = validate33;
module.exports.default = validate33;
var schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/mcp-risk.schema.json", "title": ".mcp-risk.yml: the project's own mcp-risk-gate profile", "description": "Declared controls with evidence, factor overrides with rationale, policy, waivers and extra inputs. Put `# yaml-language-server: $schema=<path or URL of this file>` at the top of the file for editor completion.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Profile format version. Only 1 exists." }, "server": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "Display name when no manifest names the server." } } }, "manifests": { "type": "array", "description": "Extra manifest paths (relative to the repository) to read besides the discovered ones.", "items": { "type": "string", "minLength": 1 } }, "tools": { "type": "string", "minLength": 1, "description": "A tools dump: a JSON array of MCP Tool objects, a tools/list result {tools:[...]}, or a folder of per-tool snapshot files." }, "exclude": { "type": "array", "description": "Repository paths (prefixes) that discovery skips, e.g. test fixtures holding other servers' manifests.", "items": { "type": "string", "minLength": 1 } }, "aivss": { "type": "object", "additionalProperties": false, "properties": { "version": { "enum": ["0.8", "0.5"], "description": "OWASP AIVSS version; 0.8 by default." }, "threat": { "enum": ["attacked", "poc", "unreported"], "description": "Default threat multiplier: 1.00, 0.97 (default), 0.50." }, "mitigation": { "enum": ["none", "partial", "strong"], "description": "Default v0.8 mitigation factor: 1.00 (default), 0.83, 0.67." } } }, "factors": { "type": "object", "description": "Factor overrides keyed by factor id (camelCase of the version's factor names).", "propertyNames": { "pattern": "^[a-z][A-Za-z]+$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["value", "rationale"], "properties": { "value": { "type": "number", "minimum": 0, "maximum": 1, "description": "0, 0.5 or 1 per OWASP; any value in [0,1] is accepted as a documented extension and flagged in the report." }, "rationale": { "type": "string", "minLength": 10, "description": "Why the inferred value is wrong for this server." } } } }, "controls": { "type": "array", "description": "Controls the project declares it has. Declared evidence is reported as weaker than observed evidence.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "evidence"], "properties": { "id": { "type": "string", "pattern": "^MAE-L[1-7]-[0-9]{2}$" }, "evidence": { "type": "string", "minLength": 3, "description": "Where a reviewer can see the control: a file path, a URL, a document section." }, "description": { "type": "string" } } } }, "findings": { "type": "array", "description": "Per-finding scoring overrides (CVSS vector, threat, mitigation), each with a rationale.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "rationale"], "properties": { "id": { "type": "string", "minLength": 1 }, "cvss": { "type": "string", "pattern": "^CVSS:4\\.0/" }, "threat": { "enum": ["attacked", "poc", "unreported"] }, "mitigation": { "enum": ["none", "partial", "strong"] }, "rationale": { "type": "string", "minLength": 10 } } } }, "policy": { "type": "object", "additionalProperties": false, "description": "Gate policy. Action inputs and CLI flags override these; these override the built-in defaults.", "properties": { "fail-on-score": { "type": "number", "minimum": 0, "maximum": 10 }, "fail-on-posture": { "type": "number", "minimum": 0, "maximum": 10 }, "fail-on-missing": { "enum": ["required", "recommended", "none"] }, "max-score-increase": { "type": "number", "minimum": 0, "maximum": 10 }, "warn-only": { "type": "boolean" }, "only-new": { "type": "boolean", "description": "Fail only on findings this change introduces (needs a base ref)." }, "require-lock": { "type": "boolean", "description": "Fail when mcp-tools.lock.json does not match the tools." }, "comment": { "enum": ["never", "on-failure", "always", "on-change"] } } }, "approvals": { "type": "object", "additionalProperties": false, "description": "Who may approve a pull request that loosens this profile (a new or extended waiver, a raised threshold, a lowered override). With a base ref, the BASE commit's approvals count, never the pull request's own. Any one route suffices.", "properties": { "label": { "type": "string", "minLength": 1, "maxLength": 50, "description": "A pull request label that approves the profile change (e.g. risk-accepted). Anyone who can label the pull request can approve." }, "codeowners": { "type": "boolean", "description": "An approving review on the pull request's head commit by a CODEOWNERS owner of the profile file (CODEOWNERS read at the base commit)." } } }, "waivers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "justification", "expires"], "properties": { "id": { "type": "string", "minLength": 1, "description": "A control id (MAE-L5-01) or a finding id." }, "tool": { "type": "string", "minLength": 1 }, "toolHash": { "type": "string", "pattern": "^(sha256:)?[0-9a-f]{64}$" }, "justification": { "type": "string", "minLength": 10 }, "owner": { "type": "string" }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "YYYY-MM-DD. Expired waivers stop applying and are reported." } } } } } };
var func5 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var pattern0 = new RegExp("^[a-z][A-Za-z]+$", "u");
var pattern1 = new RegExp("^MAE-L[1-7]-[0-9]{2}$", "u");
var pattern2 = new RegExp("^CVSS:4\\.0/", "u");
var pattern3 = new RegExp("^(sha256:)?[0-9a-f]{64}$", "u");
var pattern4 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if (!func5.call(schema25.properties, key0)) {
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
    if (data.server !== void 0) {
      let data2 = data.server;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err4 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err5 = { instancePath: instancePath + "/server/name", schemaPath: "#/properties/server/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/server/name", schemaPath: "#/properties/server/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.manifests !== void 0) {
      let data4 = data.manifests;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err8 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/manifests/" + i0, schemaPath: "#/properties/manifests/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/manifests", schemaPath: "#/properties/manifests/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tools !== void 0) {
      let data6 = data.tools;
      if (typeof data6 === "string") {
        if (func2(data6) < 1) {
          const err11 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data7 = data.exclude;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err13 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.aivss !== void 0) {
      let data9 = data.aivss;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (!(key2 === "version" || key2 === "threat" || key2 === "mitigation")) {
            const err16 = { instancePath: instancePath + "/aivss", schemaPath: "#/properties/aivss/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data9.version !== void 0) {
          let data10 = data9.version;
          if (!(data10 === "0.8" || data10 === "0.5")) {
            const err17 = { instancePath: instancePath + "/aivss/version", schemaPath: "#/properties/aivss/properties/version/enum", keyword: "enum", params: { allowedValues: schema25.properties.aivss.properties.version.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.threat !== void 0) {
          let data11 = data9.threat;
          if (!(data11 === "attacked" || data11 === "poc" || data11 === "unreported")) {
            const err18 = { instancePath: instancePath + "/aivss/threat", schemaPath: "#/properties/aivss/properties/threat/enum", keyword: "enum", params: { allowedValues: schema25.properties.aivss.properties.threat.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.mitigation !== void 0) {
          let data12 = data9.mitigation;
          if (!(data12 === "none" || data12 === "partial" || data12 === "strong")) {
            const err19 = { instancePath: instancePath + "/aivss/mitigation", schemaPath: "#/properties/aivss/properties/mitigation/enum", keyword: "enum", params: { allowedValues: schema25.properties.aivss.properties.mitigation.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/aivss", schemaPath: "#/properties/aivss/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      let data13 = data.factors;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (const key3 in data13) {
          const _errs28 = errors;
          if (typeof key3 === "string") {
            if (!pattern0.test(key3)) {
              const err21 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][A-Za-z]+$" }, message: 'must match pattern "^[a-z][A-Za-z]+$"', propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          var valid7 = _errs28 === errors;
          if (!valid7) {
            const err22 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        for (const key4 in data13) {
          let data14 = data13[key4];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.value === void 0) {
              const err23 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data14.rationale === void 0) {
              const err24 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property 'rationale'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key5 in data14) {
              if (!(key5 === "value" || key5 === "rationale")) {
                const err25 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data14.value !== void 0) {
              let data15 = data14.value;
              if (typeof data15 == "number") {
                if (data15 > 1 || isNaN(data15)) {
                  const err26 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/factors/additionalProperties/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data15 < 0 || isNaN(data15)) {
                  const err27 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/factors/additionalProperties/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/factors/additionalProperties/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data14.rationale !== void 0) {
              let data16 = data14.rationale;
              if (typeof data16 === "string") {
                if (func2(data16) < 10) {
                  const err29 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rationale", schemaPath: "#/properties/factors/additionalProperties/properties/rationale/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rationale", schemaPath: "#/properties/factors/additionalProperties/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data17 = data.controls;
      if (Array.isArray(data17)) {
        const len2 = data17.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data18 = data17[i2];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.id === void 0) {
              const err33 = { instancePath: instancePath + "/controls/" + i2, schemaPath: "#/properties/controls/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data18.evidence === void 0) {
              const err34 = { instancePath: instancePath + "/controls/" + i2, schemaPath: "#/properties/controls/items/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            for (const key6 in data18) {
              if (!(key6 === "id" || key6 === "evidence" || key6 === "description")) {
                const err35 = { instancePath: instancePath + "/controls/" + i2, schemaPath: "#/properties/controls/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data18.id !== void 0) {
              let data19 = data18.id;
              if (typeof data19 === "string") {
                if (!pattern1.test(data19)) {
                  const err36 = { instancePath: instancePath + "/controls/" + i2 + "/id", schemaPath: "#/properties/controls/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^MAE-L[1-7]-[0-9]{2}$" }, message: 'must match pattern "^MAE-L[1-7]-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/controls/" + i2 + "/id", schemaPath: "#/properties/controls/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data18.evidence !== void 0) {
              let data20 = data18.evidence;
              if (typeof data20 === "string") {
                if (func2(data20) < 3) {
                  const err38 = { instancePath: instancePath + "/controls/" + i2 + "/evidence", schemaPath: "#/properties/controls/items/properties/evidence/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/controls/" + i2 + "/evidence", schemaPath: "#/properties/controls/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data18.description !== void 0) {
              if (typeof data18.description !== "string") {
                const err40 = { instancePath: instancePath + "/controls/" + i2 + "/description", schemaPath: "#/properties/controls/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/controls/" + i2, schemaPath: "#/properties/controls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data22 = data.findings;
      if (Array.isArray(data22)) {
        const len3 = data22.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data23 = data22[i3];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.id === void 0) {
              const err43 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data23.rationale === void 0) {
              const err44 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property 'rationale'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            for (const key7 in data23) {
              if (!(key7 === "id" || key7 === "cvss" || key7 === "threat" || key7 === "mitigation" || key7 === "rationale")) {
                const err45 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data23.id !== void 0) {
              let data24 = data23.id;
              if (typeof data24 === "string") {
                if (func2(data24) < 1) {
                  const err46 = { instancePath: instancePath + "/findings/" + i3 + "/id", schemaPath: "#/properties/findings/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/findings/" + i3 + "/id", schemaPath: "#/properties/findings/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data23.cvss !== void 0) {
              let data25 = data23.cvss;
              if (typeof data25 === "string") {
                if (!pattern2.test(data25)) {
                  const err48 = { instancePath: instancePath + "/findings/" + i3 + "/cvss", schemaPath: "#/properties/findings/items/properties/cvss/pattern", keyword: "pattern", params: { pattern: "^CVSS:4\\.0/" }, message: 'must match pattern "^CVSS:4\\.0/"' };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/findings/" + i3 + "/cvss", schemaPath: "#/properties/findings/items/properties/cvss/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data23.threat !== void 0) {
              let data26 = data23.threat;
              if (!(data26 === "attacked" || data26 === "poc" || data26 === "unreported")) {
                const err50 = { instancePath: instancePath + "/findings/" + i3 + "/threat", schemaPath: "#/properties/findings/items/properties/threat/enum", keyword: "enum", params: { allowedValues: schema25.properties.findings.items.properties.threat.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data23.mitigation !== void 0) {
              let data27 = data23.mitigation;
              if (!(data27 === "none" || data27 === "partial" || data27 === "strong")) {
                const err51 = { instancePath: instancePath + "/findings/" + i3 + "/mitigation", schemaPath: "#/properties/findings/items/properties/mitigation/enum", keyword: "enum", params: { allowedValues: schema25.properties.findings.items.properties.mitigation.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data23.rationale !== void 0) {
              let data28 = data23.rationale;
              if (typeof data28 === "string") {
                if (func2(data28) < 10) {
                  const err52 = { instancePath: instancePath + "/findings/" + i3 + "/rationale", schemaPath: "#/properties/findings/items/properties/rationale/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/findings/" + i3 + "/rationale", schemaPath: "#/properties/findings/items/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/findings/" + i3, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data29 = data.policy;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key8 in data29) {
          if (!(key8 === "fail-on-score" || key8 === "fail-on-posture" || key8 === "fail-on-missing" || key8 === "max-score-increase" || key8 === "warn-only" || key8 === "only-new" || key8 === "require-lock" || key8 === "comment")) {
            const err56 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data29["fail-on-score"] !== void 0) {
          let data30 = data29["fail-on-score"];
          if (typeof data30 == "number") {
            if (data30 > 10 || isNaN(data30)) {
              const err57 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data30 < 0 || isNaN(data30)) {
              const err58 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data29["fail-on-posture"] !== void 0) {
          let data31 = data29["fail-on-posture"];
          if (typeof data31 == "number") {
            if (data31 > 10 || isNaN(data31)) {
              const err60 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data31 < 0 || isNaN(data31)) {
              const err61 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data29["fail-on-missing"] !== void 0) {
          let data32 = data29["fail-on-missing"];
          if (!(data32 === "required" || data32 === "recommended" || data32 === "none")) {
            const err63 = { instancePath: instancePath + "/policy/fail-on-missing", schemaPath: "#/properties/policy/properties/fail-on-missing/enum", keyword: "enum", params: { allowedValues: schema25.properties.policy.properties["fail-on-missing"].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data29["max-score-increase"] !== void 0) {
          let data33 = data29["max-score-increase"];
          if (typeof data33 == "number") {
            if (data33 > 10 || isNaN(data33)) {
              const err64 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data33 < 0 || isNaN(data33)) {
              const err65 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data29["warn-only"] !== void 0) {
          if (typeof data29["warn-only"] !== "boolean") {
            const err67 = { instancePath: instancePath + "/policy/warn-only", schemaPath: "#/properties/policy/properties/warn-only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data29["only-new"] !== void 0) {
          if (typeof data29["only-new"] !== "boolean") {
            const err68 = { instancePath: instancePath + "/policy/only-new", schemaPath: "#/properties/policy/properties/only-new/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data29["require-lock"] !== void 0) {
          if (typeof data29["require-lock"] !== "boolean") {
            const err69 = { instancePath: instancePath + "/policy/require-lock", schemaPath: "#/properties/policy/properties/require-lock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data29.comment !== void 0) {
          let data37 = data29.comment;
          if (!(data37 === "never" || data37 === "on-failure" || data37 === "always" || data37 === "on-change")) {
            const err70 = { instancePath: instancePath + "/policy/comment", schemaPath: "#/properties/policy/properties/comment/enum", keyword: "enum", params: { allowedValues: schema25.properties.policy.properties.comment.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data38 = data.approvals;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        for (const key9 in data38) {
          if (!(key9 === "label" || key9 === "codeowners")) {
            const err72 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data38.label !== void 0) {
          let data39 = data38.label;
          if (typeof data39 === "string") {
            if (func2(data39) > 50) {
              const err73 = { instancePath: instancePath + "/approvals/label", schemaPath: "#/properties/approvals/properties/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (func2(data39) < 1) {
              const err74 = { instancePath: instancePath + "/approvals/label", schemaPath: "#/properties/approvals/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          } else {
            const err75 = { instancePath: instancePath + "/approvals/label", schemaPath: "#/properties/approvals/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data38.codeowners !== void 0) {
          if (typeof data38.codeowners !== "boolean") {
            const err76 = { instancePath: instancePath + "/approvals/codeowners", schemaPath: "#/properties/approvals/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data41 = data.waivers;
      if (Array.isArray(data41)) {
        const len4 = data41.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data42 = data41[i4];
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            if (data42.id === void 0) {
              const err78 = { instancePath: instancePath + "/waivers/" + i4, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data42.justification === void 0) {
              const err79 = { instancePath: instancePath + "/waivers/" + i4, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data42.expires === void 0) {
              const err80 = { instancePath: instancePath + "/waivers/" + i4, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            for (const key10 in data42) {
              if (!(key10 === "id" || key10 === "tool" || key10 === "toolHash" || key10 === "justification" || key10 === "owner" || key10 === "expires")) {
                const err81 = { instancePath: instancePath + "/waivers/" + i4, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data42.id !== void 0) {
              let data43 = data42.id;
              if (typeof data43 === "string") {
                if (func2(data43) < 1) {
                  const err82 = { instancePath: instancePath + "/waivers/" + i4 + "/id", schemaPath: "#/properties/waivers/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/waivers/" + i4 + "/id", schemaPath: "#/properties/waivers/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data42.tool !== void 0) {
              let data44 = data42.tool;
              if (typeof data44 === "string") {
                if (func2(data44) < 1) {
                  const err84 = { instancePath: instancePath + "/waivers/" + i4 + "/tool", schemaPath: "#/properties/waivers/items/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              } else {
                const err85 = { instancePath: instancePath + "/waivers/" + i4 + "/tool", schemaPath: "#/properties/waivers/items/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data42.toolHash !== void 0) {
              let data45 = data42.toolHash;
              if (typeof data45 === "string") {
                if (!pattern3.test(data45)) {
                  const err86 = { instancePath: instancePath + "/waivers/" + i4 + "/toolHash", schemaPath: "#/properties/waivers/items/properties/toolHash/pattern", keyword: "pattern", params: { pattern: "^(sha256:)?[0-9a-f]{64}$" }, message: 'must match pattern "^(sha256:)?[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/waivers/" + i4 + "/toolHash", schemaPath: "#/properties/waivers/items/properties/toolHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data42.justification !== void 0) {
              let data46 = data42.justification;
              if (typeof data46 === "string") {
                if (func2(data46) < 10) {
                  const err88 = { instancePath: instancePath + "/waivers/" + i4 + "/justification", schemaPath: "#/properties/waivers/items/properties/justification/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/waivers/" + i4 + "/justification", schemaPath: "#/properties/waivers/items/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data42.owner !== void 0) {
              if (typeof data42.owner !== "string") {
                const err90 = { instancePath: instancePath + "/waivers/" + i4 + "/owner", schemaPath: "#/properties/waivers/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data42.expires !== void 0) {
              let data48 = data42.expires;
              if (typeof data48 === "string") {
                if (!pattern4.test(data48)) {
                  const err91 = { instancePath: instancePath + "/waivers/" + i4 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/waivers/" + i4 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
          } else {
            const err93 = { instancePath: instancePath + "/waivers/" + i4, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
  } else {
    const err95 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err95];
    } else {
      vErrors.push(err95);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
