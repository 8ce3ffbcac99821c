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
var schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/mcp-risk.schema.json", "title": ".mcp-risk.yml: the project's own mcp-risk-gate profile", "description": "Declared controls with evidence, factor overrides with rationale, policy, waivers and extra inputs. Put `# yaml-language-server: $schema=<path or URL of this file>` at the top of the file for editor completion.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "$schema": { "type": "string" }, "version": { "const": 1, "description": "Profile format version. Only 1 exists." }, "server": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1, "description": "Display name when no manifest names the server." } } }, "manifests": { "type": "array", "description": "Extra manifest paths (relative to the repository) to read besides the discovered ones.", "items": { "type": "string", "minLength": 1 } }, "tools": { "type": "string", "minLength": 1, "description": "A tools dump: a JSON array of MCP Tool objects, a tools/list result {tools:[...]}, or a folder of per-tool snapshot files." }, "catalogs": { "type": "array", "description": "Extra control catalogs (schemas/maestro-catalog.schema.json), paths inside the repository. Their controls use namespaced ids (ACME-...).", "items": { "type": "string", "minLength": 1 } }, "exclude": { "type": "array", "description": "Repository paths (prefixes) that discovery skips, e.g. test fixtures holding other servers' manifests.", "items": { "type": "string", "minLength": 1 } }, "aivss": { "type": "object", "additionalProperties": false, "properties": { "version": { "type": "string", "pattern": "^[0-9]+\\.[0-9]+$", "description": "OWASP AIVSS version (0.8 by default); the versions mcp-risk-gate knows are listed in src/aivss/versions.ts and checked at run time." }, "threat": { "enum": ["attacked", "poc", "unreported"], "description": "Default threat multiplier: 1.00, 0.97 (default), 0.50." }, "mitigation": { "enum": ["none", "partial", "strong"], "description": "Default v0.8 mitigation factor: 1.00 (default), 0.83, 0.67." } } }, "factors": { "type": "object", "description": "Factor overrides keyed by factor id (camelCase of the version's factor names).", "propertyNames": { "pattern": "^[a-z][A-Za-z]+$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["value", "rationale"], "properties": { "value": { "type": "number", "minimum": 0, "maximum": 1, "description": "0, 0.5 or 1 per OWASP; any value in [0,1] is accepted as a documented extension and flagged in the report." }, "rationale": { "type": "string", "minLength": 10, "description": "Why the inferred value is wrong for this server." } } } }, "controls": { "type": "array", "description": "Controls the project declares it has. Declared evidence is reported as weaker than observed evidence.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "evidence"], "properties": { "id": { "type": "string", "pattern": "^(MAE-L[1-7]-[0-9]{2}|[A-Z][A-Z0-9]{1,15}-[A-Z0-9][A-Z0-9-]{0,40})$" }, "evidence": { "type": "string", "minLength": 3, "description": "Where a reviewer can see the control: a file path, a URL, a document section." }, "description": { "type": "string" } } } }, "findings": { "type": "array", "description": "Per-finding scoring overrides (CVSS vector, threat, mitigation), each with a rationale.", "items": { "type": "object", "additionalProperties": false, "required": ["id", "rationale"], "properties": { "id": { "type": "string", "minLength": 1 }, "cvss": { "type": "string", "pattern": "^CVSS:4\\.0/" }, "threat": { "enum": ["attacked", "poc", "unreported"] }, "mitigation": { "enum": ["none", "partial", "strong"] }, "rationale": { "type": "string", "minLength": 10 } } } }, "policy": { "type": "object", "additionalProperties": false, "description": "Gate policy. Action inputs and CLI flags override these; these override the built-in defaults.", "properties": { "fail-on-score": { "type": "number", "minimum": 0, "maximum": 10 }, "fail-on-posture": { "type": "number", "minimum": 0, "maximum": 10 }, "fail-on-missing": { "enum": ["required", "recommended", "none"] }, "max-score-increase": { "type": "number", "minimum": 0, "maximum": 10 }, "warn-only": { "type": "boolean" }, "only-new": { "type": "boolean", "description": "Fail only on findings this change introduces (needs a base ref)." }, "require-lock": { "type": "boolean", "description": "Fail when mcp-tools.lock.json does not match the tools." }, "comment": { "enum": ["never", "on-failure", "always", "on-change"] } } }, "approvals": { "type": "object", "additionalProperties": false, "description": "Who may approve a pull request that loosens this profile (a new or extended waiver, a raised threshold, a lowered override). With a base ref, the BASE commit's approvals count, never the pull request's own. Any one route suffices.", "properties": { "label": { "type": "string", "minLength": 1, "maxLength": 50, "description": "A pull request label that approves the profile change (e.g. risk-accepted). Anyone who can label the pull request can approve." }, "codeowners": { "type": "boolean", "description": "An approving review on the pull request's head commit by a CODEOWNERS owner of the profile file (CODEOWNERS read at the base commit)." } } }, "waivers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["id", "justification", "expires"], "properties": { "id": { "type": "string", "minLength": 1, "description": "A control id (MAE-L5-01) or a finding id." }, "tool": { "type": "string", "minLength": 1 }, "toolHash": { "type": "string", "pattern": "^(sha256:)?[0-9a-f]{64}$" }, "justification": { "type": "string", "minLength": 10 }, "owner": { "type": "string" }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "YYYY-MM-DD. Expired waivers stop applying and are reported." } } } } } };
var func5 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var pattern0 = new RegExp("^[0-9]+\\.[0-9]+$", "u");
var pattern1 = new RegExp("^[a-z][A-Za-z]+$", "u");
var pattern2 = new RegExp("^(MAE-L[1-7]-[0-9]{2}|[A-Z][A-Z0-9]{1,15}-[A-Z0-9][A-Z0-9-]{0,40})$", "u");
var pattern3 = new RegExp("^CVSS:4\\.0/", "u");
var pattern4 = new RegExp("^(sha256:)?[0-9a-f]{64}$", "u");
var pattern5 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
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
    if (data.catalogs !== void 0) {
      let data7 = data.catalogs;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err13 = { instancePath: instancePath + "/catalogs/" + i1, schemaPath: "#/properties/catalogs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/catalogs/" + i1, schemaPath: "#/properties/catalogs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/catalogs", schemaPath: "#/properties/catalogs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data9 = data.exclude;
      if (Array.isArray(data9)) {
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data10 = data9[i2];
          if (typeof data10 === "string") {
            if (func2(data10) < 1) {
              const err16 = { instancePath: instancePath + "/exclude/" + i2, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/exclude/" + i2, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.aivss !== void 0) {
      let data11 = data.aivss;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key2 in data11) {
          if (!(key2 === "version" || key2 === "threat" || key2 === "mitigation")) {
            const err19 = { instancePath: instancePath + "/aivss", schemaPath: "#/properties/aivss/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data11.version !== void 0) {
          let data12 = data11.version;
          if (typeof data12 === "string") {
            if (!pattern0.test(data12)) {
              const err20 = { instancePath: instancePath + "/aivss/version", schemaPath: "#/properties/aivss/properties/version/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+$"' };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/aivss/version", schemaPath: "#/properties/aivss/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data11.threat !== void 0) {
          let data13 = data11.threat;
          if (!(data13 === "attacked" || data13 === "poc" || data13 === "unreported")) {
            const err22 = { instancePath: instancePath + "/aivss/threat", schemaPath: "#/properties/aivss/properties/threat/enum", keyword: "enum", params: { allowedValues: schema25.properties.aivss.properties.threat.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data11.mitigation !== void 0) {
          let data14 = data11.mitigation;
          if (!(data14 === "none" || data14 === "partial" || data14 === "strong")) {
            const err23 = { instancePath: instancePath + "/aivss/mitigation", schemaPath: "#/properties/aivss/properties/mitigation/enum", keyword: "enum", params: { allowedValues: schema25.properties.aivss.properties.mitigation.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/aivss", schemaPath: "#/properties/aivss/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      let data15 = data.factors;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key3 in data15) {
          const _errs33 = errors;
          if (typeof key3 === "string") {
            if (!pattern1.test(key3)) {
              const err25 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][A-Za-z]+$" }, message: 'must match pattern "^[a-z][A-Za-z]+$"', propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          var valid9 = _errs33 === errors;
          if (!valid9) {
            const err26 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        for (const key4 in data15) {
          let data16 = data15[key4];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.value === void 0) {
              const err27 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data16.rationale === void 0) {
              const err28 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property 'rationale'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key5 in data16) {
              if (!(key5 === "value" || key5 === "rationale")) {
                const err29 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data16.value !== void 0) {
              let data17 = data16.value;
              if (typeof data17 == "number") {
                if (data17 > 1 || isNaN(data17)) {
                  const err30 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/factors/additionalProperties/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                if (data17 < 0 || isNaN(data17)) {
                  const err31 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/factors/additionalProperties/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              } else {
                const err32 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/factors/additionalProperties/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data16.rationale !== void 0) {
              let data18 = data16.rationale;
              if (typeof data18 === "string") {
                if (func2(data18) < 10) {
                  const err33 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rationale", schemaPath: "#/properties/factors/additionalProperties/properties/rationale/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/rationale", schemaPath: "#/properties/factors/additionalProperties/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/factors/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/factors/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data19 = data.controls;
      if (Array.isArray(data19)) {
        const len3 = data19.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data20 = data19[i3];
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.id === void 0) {
              const err37 = { instancePath: instancePath + "/controls/" + i3, schemaPath: "#/properties/controls/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data20.evidence === void 0) {
              const err38 = { instancePath: instancePath + "/controls/" + i3, schemaPath: "#/properties/controls/items/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key6 in data20) {
              if (!(key6 === "id" || key6 === "evidence" || key6 === "description")) {
                const err39 = { instancePath: instancePath + "/controls/" + i3, schemaPath: "#/properties/controls/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data20.id !== void 0) {
              let data21 = data20.id;
              if (typeof data21 === "string") {
                if (!pattern2.test(data21)) {
                  const err40 = { instancePath: instancePath + "/controls/" + i3 + "/id", schemaPath: "#/properties/controls/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^(MAE-L[1-7]-[0-9]{2}|[A-Z][A-Z0-9]{1,15}-[A-Z0-9][A-Z0-9-]{0,40})$" }, message: 'must match pattern "^(MAE-L[1-7]-[0-9]{2}|[A-Z][A-Z0-9]{1,15}-[A-Z0-9][A-Z0-9-]{0,40})$"' };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/controls/" + i3 + "/id", schemaPath: "#/properties/controls/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data20.evidence !== void 0) {
              let data22 = data20.evidence;
              if (typeof data22 === "string") {
                if (func2(data22) < 3) {
                  const err42 = { instancePath: instancePath + "/controls/" + i3 + "/evidence", schemaPath: "#/properties/controls/items/properties/evidence/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/controls/" + i3 + "/evidence", schemaPath: "#/properties/controls/items/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data20.description !== void 0) {
              if (typeof data20.description !== "string") {
                const err44 = { instancePath: instancePath + "/controls/" + i3 + "/description", schemaPath: "#/properties/controls/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/controls/" + i3, schemaPath: "#/properties/controls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data24 = data.findings;
      if (Array.isArray(data24)) {
        const len4 = data24.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data25 = data24[i4];
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.id === void 0) {
              const err47 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data25.rationale === void 0) {
              const err48 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/required", keyword: "required", params: { missingProperty: "rationale" }, message: "must have required property 'rationale'" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            for (const key7 in data25) {
              if (!(key7 === "id" || key7 === "cvss" || key7 === "threat" || key7 === "mitigation" || key7 === "rationale")) {
                const err49 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data25.id !== void 0) {
              let data26 = data25.id;
              if (typeof data26 === "string") {
                if (func2(data26) < 1) {
                  const err50 = { instancePath: instancePath + "/findings/" + i4 + "/id", schemaPath: "#/properties/findings/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/findings/" + i4 + "/id", schemaPath: "#/properties/findings/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data25.cvss !== void 0) {
              let data27 = data25.cvss;
              if (typeof data27 === "string") {
                if (!pattern3.test(data27)) {
                  const err52 = { instancePath: instancePath + "/findings/" + i4 + "/cvss", schemaPath: "#/properties/findings/items/properties/cvss/pattern", keyword: "pattern", params: { pattern: "^CVSS:4\\.0/" }, message: 'must match pattern "^CVSS:4\\.0/"' };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/findings/" + i4 + "/cvss", schemaPath: "#/properties/findings/items/properties/cvss/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data25.threat !== void 0) {
              let data28 = data25.threat;
              if (!(data28 === "attacked" || data28 === "poc" || data28 === "unreported")) {
                const err54 = { instancePath: instancePath + "/findings/" + i4 + "/threat", schemaPath: "#/properties/findings/items/properties/threat/enum", keyword: "enum", params: { allowedValues: schema25.properties.findings.items.properties.threat.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data25.mitigation !== void 0) {
              let data29 = data25.mitigation;
              if (!(data29 === "none" || data29 === "partial" || data29 === "strong")) {
                const err55 = { instancePath: instancePath + "/findings/" + i4 + "/mitigation", schemaPath: "#/properties/findings/items/properties/mitigation/enum", keyword: "enum", params: { allowedValues: schema25.properties.findings.items.properties.mitigation.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data25.rationale !== void 0) {
              let data30 = data25.rationale;
              if (typeof data30 === "string") {
                if (func2(data30) < 10) {
                  const err56 = { instancePath: instancePath + "/findings/" + i4 + "/rationale", schemaPath: "#/properties/findings/items/properties/rationale/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/findings/" + i4 + "/rationale", schemaPath: "#/properties/findings/items/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/properties/findings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data31 = data.policy;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key8 in data31) {
          if (!(key8 === "fail-on-score" || key8 === "fail-on-posture" || key8 === "fail-on-missing" || key8 === "max-score-increase" || key8 === "warn-only" || key8 === "only-new" || key8 === "require-lock" || key8 === "comment")) {
            const err60 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data31["fail-on-score"] !== void 0) {
          let data32 = data31["fail-on-score"];
          if (typeof data32 == "number") {
            if (data32 > 10 || isNaN(data32)) {
              const err61 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data32 < 0 || isNaN(data32)) {
              const err62 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          } else {
            const err63 = { instancePath: instancePath + "/policy/fail-on-score", schemaPath: "#/properties/policy/properties/fail-on-score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data31["fail-on-posture"] !== void 0) {
          let data33 = data31["fail-on-posture"];
          if (typeof data33 == "number") {
            if (data33 > 10 || isNaN(data33)) {
              const err64 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data33 < 0 || isNaN(data33)) {
              const err65 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = { instancePath: instancePath + "/policy/fail-on-posture", schemaPath: "#/properties/policy/properties/fail-on-posture/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data31["fail-on-missing"] !== void 0) {
          let data34 = data31["fail-on-missing"];
          if (!(data34 === "required" || data34 === "recommended" || data34 === "none")) {
            const err67 = { instancePath: instancePath + "/policy/fail-on-missing", schemaPath: "#/properties/policy/properties/fail-on-missing/enum", keyword: "enum", params: { allowedValues: schema25.properties.policy.properties["fail-on-missing"].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data31["max-score-increase"] !== void 0) {
          let data35 = data31["max-score-increase"];
          if (typeof data35 == "number") {
            if (data35 > 10 || isNaN(data35)) {
              const err68 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data35 < 0 || isNaN(data35)) {
              const err69 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/policy/max-score-increase", schemaPath: "#/properties/policy/properties/max-score-increase/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data31["warn-only"] !== void 0) {
          if (typeof data31["warn-only"] !== "boolean") {
            const err71 = { instancePath: instancePath + "/policy/warn-only", schemaPath: "#/properties/policy/properties/warn-only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data31["only-new"] !== void 0) {
          if (typeof data31["only-new"] !== "boolean") {
            const err72 = { instancePath: instancePath + "/policy/only-new", schemaPath: "#/properties/policy/properties/only-new/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data31["require-lock"] !== void 0) {
          if (typeof data31["require-lock"] !== "boolean") {
            const err73 = { instancePath: instancePath + "/policy/require-lock", schemaPath: "#/properties/policy/properties/require-lock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data31.comment !== void 0) {
          let data39 = data31.comment;
          if (!(data39 === "never" || data39 === "on-failure" || data39 === "always" || data39 === "on-change")) {
            const err74 = { instancePath: instancePath + "/policy/comment", schemaPath: "#/properties/policy/properties/comment/enum", keyword: "enum", params: { allowedValues: schema25.properties.policy.properties.comment.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.approvals !== void 0) {
      let data40 = data.approvals;
      if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
        for (const key9 in data40) {
          if (!(key9 === "label" || key9 === "codeowners")) {
            const err76 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data40.label !== void 0) {
          let data41 = data40.label;
          if (typeof data41 === "string") {
            if (func2(data41) > 50) {
              const err77 = { instancePath: instancePath + "/approvals/label", schemaPath: "#/properties/approvals/properties/label/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (func2(data41) < 1) {
              const err78 = { instancePath: instancePath + "/approvals/label", schemaPath: "#/properties/approvals/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/approvals/label", schemaPath: "#/properties/approvals/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data40.codeowners !== void 0) {
          if (typeof data40.codeowners !== "boolean") {
            const err80 = { instancePath: instancePath + "/approvals/codeowners", schemaPath: "#/properties/approvals/properties/codeowners/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/approvals", schemaPath: "#/properties/approvals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.waivers !== void 0) {
      let data43 = data.waivers;
      if (Array.isArray(data43)) {
        const len5 = data43.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data44 = data43[i5];
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.id === void 0) {
              const err82 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data44.justification === void 0) {
              const err83 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            if (data44.expires === void 0) {
              const err84 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            for (const key10 in data44) {
              if (!(key10 === "id" || key10 === "tool" || key10 === "toolHash" || key10 === "justification" || key10 === "owner" || key10 === "expires")) {
                const err85 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data44.id !== void 0) {
              let data45 = data44.id;
              if (typeof data45 === "string") {
                if (func2(data45) < 1) {
                  const err86 = { instancePath: instancePath + "/waivers/" + i5 + "/id", schemaPath: "#/properties/waivers/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/waivers/" + i5 + "/id", schemaPath: "#/properties/waivers/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data44.tool !== void 0) {
              let data46 = data44.tool;
              if (typeof data46 === "string") {
                if (func2(data46) < 1) {
                  const err88 = { instancePath: instancePath + "/waivers/" + i5 + "/tool", schemaPath: "#/properties/waivers/items/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              } else {
                const err89 = { instancePath: instancePath + "/waivers/" + i5 + "/tool", schemaPath: "#/properties/waivers/items/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data44.toolHash !== void 0) {
              let data47 = data44.toolHash;
              if (typeof data47 === "string") {
                if (!pattern4.test(data47)) {
                  const err90 = { instancePath: instancePath + "/waivers/" + i5 + "/toolHash", schemaPath: "#/properties/waivers/items/properties/toolHash/pattern", keyword: "pattern", params: { pattern: "^(sha256:)?[0-9a-f]{64}$" }, message: 'must match pattern "^(sha256:)?[0-9a-f]{64}$"' };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              } else {
                const err91 = { instancePath: instancePath + "/waivers/" + i5 + "/toolHash", schemaPath: "#/properties/waivers/items/properties/toolHash/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data44.justification !== void 0) {
              let data48 = data44.justification;
              if (typeof data48 === "string") {
                if (func2(data48) < 10) {
                  const err92 = { instancePath: instancePath + "/waivers/" + i5 + "/justification", schemaPath: "#/properties/waivers/items/properties/justification/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              } else {
                const err93 = { instancePath: instancePath + "/waivers/" + i5 + "/justification", schemaPath: "#/properties/waivers/items/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data44.owner !== void 0) {
              if (typeof data44.owner !== "string") {
                const err94 = { instancePath: instancePath + "/waivers/" + i5 + "/owner", schemaPath: "#/properties/waivers/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data44.expires !== void 0) {
              let data50 = data44.expires;
              if (typeof data50 === "string") {
                if (!pattern5.test(data50)) {
                  const err95 = { instancePath: instancePath + "/waivers/" + i5 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              } else {
                const err96 = { instancePath: instancePath + "/waivers/" + i5 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
          } else {
            const err97 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
      } else {
        const err98 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
  } else {
    const err99 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err99];
    } else {
      vErrors.push(err99);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
