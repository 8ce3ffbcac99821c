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
module.exports = validate36;
module.exports.default = validate36;
var pattern7 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
var schema30 = { "type": "object", "required": ["tool", "aivssVersion", "server", "profile", "capabilities", "errors", "notices"], "properties": { "tool": { "type": "object", "required": ["name", "version"], "properties": { "name": { "const": "mcp-risk-gate" }, "version": { "type": "string", "maxLength": 100 } } }, "aivssVersion": { "type": "string", "pattern": "^[0-9]+\\.[0-9]+$" }, "profileChanges": { "$ref": "#/definitions/profileChanges" }, "server": { "type": "object", "required": ["sources"], "properties": { "name": { "$ref": "#/definitions/text" }, "title": { "$ref": "#/definitions/text" }, "version": { "$ref": "#/definitions/text" }, "sources": { "type": "array", "items": { "type": "object", "required": ["path", "format"], "properties": { "path": { "$ref": "#/definitions/text" }, "format": { "type": "string" } } } } } }, "profile": { "type": "object", "required": ["tools"], "properties": { "tools": { "type": "array", "maxItems": 1e5, "items": { "$ref": "#/definitions/tool" } }, "configPath": { "$ref": "#/definitions/text" } } }, "capabilities": { "type": "object", "required": ["capabilities", "surface"], "properties": { "capabilities": { "type": "array" }, "surface": { "type": "object", "required": ["toolCount", "unknown"], "properties": { "toolCount": { "type": "integer", "minimum": 0 }, "unknown": { "type": "boolean" } } } } }, "factors": { "type": "array", "items": { "$ref": "#/definitions/factor" } }, "posture": { "type": "number", "minimum": 0, "maximum": 10 }, "scenarios": { "description": "The server's threat scenarios, worst first: each names its OWASP AIVSS core risk, its CVSS v4.0 vector with a reason per metric, the factors sum and the mitigation, so a reviewer can check the score by hand.", "type": "array", "items": { "type": "object", "required": ["id", "risk", "title", "evidenceVector", "vector", "metrics", "mitigations", "mitigation", "threat", "cvss", "factorSum", "aivss", "severity"], "properties": { "id": { "type": "string" }, "risk": { "type": "string" }, "title": { "type": "string" }, "evidenceVector": { "type": "string" }, "vector": { "type": "string" }, "metrics": { "type": "array", "items": { "type": "object", "required": ["metric", "value", "reason"] } }, "mitigations": { "type": "array" }, "mitigation": { "enum": ["none", "partial", "strong"] }, "threat": { "enum": ["attacked", "poc", "unreported"] }, "cvss": { "type": "number" }, "factorSum": { "type": "number" }, "aivss": { "type": "number" }, "severity": { "enum": ["None", "Low", "Medium", "High", "Critical"] } } } }, "score": { "$ref": "#/definitions/score" }, "severity": { "$ref": "#/definitions/severity" }, "controls": { "type": "array", "items": { "$ref": "#/definitions/control" } }, "layers": { "type": "array", "items": { "$ref": "#/definitions/layerSummary" } }, "findings": { "type": "array", "maxItems": 1e5, "items": { "$ref": "#/definitions/finding" } }, "decision": { "$ref": "#/definitions/decision" }, "errors": { "type": "array", "items": { "$ref": "#/definitions/message" } }, "notices": { "type": "array", "items": { "$ref": "#/definitions/message" } } } };
var schema54 = { "enum": ["None", "Low", "Medium", "High", "Critical"] };
var func2 = require_ucs2length().default;
var pattern0 = new RegExp("^[0-9]+\\.[0-9]+$", "u");
var schema31 = { "type": "object", "description": "With a base ref: what the pull request changed in its own profile, and whether its loosening was approved.", "required": ["baseRef", "changes", "approval", "applied"], "properties": { "baseRef": { "$ref": "#/definitions/text" }, "baseProfile": { "anyOf": [{ "$ref": "#/definitions/text" }, { "type": "null" }] }, "headProfile": { "anyOf": [{ "$ref": "#/definitions/text" }, { "type": "null" }] }, "changes": { "type": "array", "maxItems": 1e5, "items": { "type": "object", "required": ["area", "kind", "subject", "effect", "message"], "properties": { "area": { "enum": ["waivers", "policy", "findings", "factors", "aivss", "approvals", "exclude", "manifests", "tools", "catalogs", "controls"] }, "kind": { "enum": ["added", "removed", "changed"] }, "subject": { "$ref": "#/definitions/text" }, "before": { "$ref": "#/definitions/text" }, "after": { "$ref": "#/definitions/text" }, "effect": { "enum": ["loosens", "tightens", "neutral"] }, "message": { "$ref": "#/definitions/text" } } } }, "approval": { "type": "object", "required": ["state", "message"], "properties": { "state": { "enum": ["not-needed", "approved", "not-approved"] }, "by": { "$ref": "#/definitions/text" }, "message": { "$ref": "#/definitions/text" } } }, "applied": { "enum": ["head", "stricter"] } } };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.baseRef === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "baseRef" }, message: "must have required property 'baseRef'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.changes === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.approval === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approval" }, message: "must have required property 'approval'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.applied === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "applied" }, message: "must have required property 'applied'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.baseRef !== void 0) {
      let data0 = data.baseRef;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err4 = { instancePath: instancePath + "/baseRef", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/baseRef", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.baseProfile !== void 0) {
      let data1 = data.baseProfile;
      const _errs5 = errors;
      let valid2 = false;
      const _errs6 = errors;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err6 = { instancePath: instancePath + "/baseProfile", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/baseProfile", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs9 = errors;
        if (data1 !== null) {
          const err8 = { instancePath: instancePath + "/baseProfile", schemaPath: "#/properties/baseProfile/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err9 = { instancePath: instancePath + "/baseProfile", schemaPath: "#/properties/baseProfile/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.headProfile !== void 0) {
      let data2 = data.headProfile;
      const _errs12 = errors;
      let valid4 = false;
      const _errs13 = errors;
      if (typeof data2 === "string") {
        if (func2(data2) > 2e5) {
          const err10 = { instancePath: instancePath + "/headProfile", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/headProfile", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid1 = _errs13 === errors;
      valid4 = valid4 || _valid1;
      if (!valid4) {
        const _errs16 = errors;
        if (data2 !== null) {
          const err12 = { instancePath: instancePath + "/headProfile", schemaPath: "#/properties/headProfile/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid1 = _errs16 === errors;
        valid4 = valid4 || _valid1;
      }
      if (!valid4) {
        const err13 = { instancePath: instancePath + "/headProfile", schemaPath: "#/properties/headProfile/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.changes !== void 0) {
      let data3 = data.changes;
      if (Array.isArray(data3)) {
        if (data3.length > 1e5) {
          const err14 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.area === void 0) {
              const err15 = { instancePath: instancePath + "/changes/" + i0, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "area" }, message: "must have required property 'area'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data4.kind === void 0) {
              const err16 = { instancePath: instancePath + "/changes/" + i0, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data4.subject === void 0) {
              const err17 = { instancePath: instancePath + "/changes/" + i0, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data4.effect === void 0) {
              const err18 = { instancePath: instancePath + "/changes/" + i0, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "effect" }, message: "must have required property 'effect'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data4.message === void 0) {
              const err19 = { instancePath: instancePath + "/changes/" + i0, schemaPath: "#/properties/changes/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data4.area !== void 0) {
              let data5 = data4.area;
              if (!(data5 === "waivers" || data5 === "policy" || data5 === "findings" || data5 === "factors" || data5 === "aivss" || data5 === "approvals" || data5 === "exclude" || data5 === "manifests" || data5 === "tools" || data5 === "catalogs" || data5 === "controls")) {
                const err20 = { instancePath: instancePath + "/changes/" + i0 + "/area", schemaPath: "#/properties/changes/items/properties/area/enum", keyword: "enum", params: { allowedValues: schema31.properties.changes.items.properties.area.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data4.kind !== void 0) {
              let data6 = data4.kind;
              if (!(data6 === "added" || data6 === "removed" || data6 === "changed")) {
                const err21 = { instancePath: instancePath + "/changes/" + i0 + "/kind", schemaPath: "#/properties/changes/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.changes.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data4.subject !== void 0) {
              let data7 = data4.subject;
              if (typeof data7 === "string") {
                if (func2(data7) > 2e5) {
                  const err22 = { instancePath: instancePath + "/changes/" + i0 + "/subject", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/changes/" + i0 + "/subject", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data4.before !== void 0) {
              let data8 = data4.before;
              if (typeof data8 === "string") {
                if (func2(data8) > 2e5) {
                  const err24 = { instancePath: instancePath + "/changes/" + i0 + "/before", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/changes/" + i0 + "/before", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data4.after !== void 0) {
              let data9 = data4.after;
              if (typeof data9 === "string") {
                if (func2(data9) > 2e5) {
                  const err26 = { instancePath: instancePath + "/changes/" + i0 + "/after", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/changes/" + i0 + "/after", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data4.effect !== void 0) {
              let data10 = data4.effect;
              if (!(data10 === "loosens" || data10 === "tightens" || data10 === "neutral")) {
                const err28 = { instancePath: instancePath + "/changes/" + i0 + "/effect", schemaPath: "#/properties/changes/items/properties/effect/enum", keyword: "enum", params: { allowedValues: schema31.properties.changes.items.properties.effect.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data4.message !== void 0) {
              let data11 = data4.message;
              if (typeof data11 === "string") {
                if (func2(data11) > 2e5) {
                  const err29 = { instancePath: instancePath + "/changes/" + i0 + "/message", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/changes/" + i0 + "/message", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/changes/" + i0, schemaPath: "#/properties/changes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.approval !== void 0) {
      let data12 = data.approval;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.state === void 0) {
          const err33 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data12.message === void 0) {
          const err34 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data12.state !== void 0) {
          let data13 = data12.state;
          if (!(data13 === "not-needed" || data13 === "approved" || data13 === "not-approved")) {
            const err35 = { instancePath: instancePath + "/approval/state", schemaPath: "#/properties/approval/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.approval.properties.state.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data12.by !== void 0) {
          let data14 = data12.by;
          if (typeof data14 === "string") {
            if (func2(data14) > 2e5) {
              const err36 = { instancePath: instancePath + "/approval/by", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/approval/by", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data12.message !== void 0) {
          let data15 = data12.message;
          if (typeof data15 === "string") {
            if (func2(data15) > 2e5) {
              const err38 = { instancePath: instancePath + "/approval/message", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/approval/message", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.applied !== void 0) {
      let data16 = data.applied;
      if (!(data16 === "head" || data16 === "stricter")) {
        const err41 = { instancePath: instancePath + "/applied", schemaPath: "#/properties/applied/enum", keyword: "enum", params: { allowedValues: schema31.properties.applied.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err1 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err3 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 === "string") {
        if (func2(data2) > 2e5) {
          const err5 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.requiredScopes !== void 0) {
      let data3 = data.requiredScopes;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== "string") {
            const err7 = { instancePath: instancePath + "/requiredScopes/" + i0, schemaPath: "#/properties/requiredScopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/requiredScopes", schemaPath: "#/properties/requiredScopes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.httpMethod !== void 0) {
      if (typeof data.httpMethod !== "string") {
        const err9 = { instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.reasons === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.overridden === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "overridden" }, message: "must have required property 'overridden'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.id !== void 0) {
      if (typeof data.id !== "string") {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data2 = data.value;
      if (typeof data2 == "number") {
        if (data2 > 1 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.overridden !== void 0) {
      if (typeof data.overridden !== "boolean") {
        const err11 = { instancePath: instancePath + "/overridden", schemaPath: "#/properties/overridden/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.continuous !== void 0) {
      if (typeof data.continuous !== "boolean") {
        const err12 = { instancePath: instancePath + "/continuous", schemaPath: "#/properties/continuous/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reasons !== void 0) {
      let data5 = data.reasons;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.text === void 0) {
              const err13 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data6.text !== void 0) {
              let data7 = data6.text;
              if (typeof data7 === "string") {
                if (func2(data7) > 2e5) {
                  const err14 = { instancePath: instancePath + "/reasons/" + i0 + "/text", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/reasons/" + i0 + "/text", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
  validate42.errors = vErrors;
  return errors === 0;
}
var schema55 = { "type": "object", "required": ["id", "title", "layers", "status", "requirement"], "properties": { "id": { "$ref": "#/definitions/text" }, "title": { "$ref": "#/definitions/text" }, "layers": { "type": "array", "items": { "$ref": "#/definitions/layer" } }, "status": { "enum": ["present", "missing", "waived", "not-applicable"] }, "requirement": { "enum": ["required", "recommended", "not-applicable"] }, "waiver": { "$ref": "#/definitions/waiverStamp" } } };
var schema58 = { "enum": ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] };
var pattern9 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.justification === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.expires === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.justification !== void 0) {
      let data0 = data.justification;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err2 = { instancePath: instancePath + "/justification", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/justification", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data1 = data.owner;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err4 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      if (typeof data2 === "string") {
        if (!pattern9.test(data2)) {
          const err6 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.layers === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property 'layers'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.requirement === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "requirement" }, message: "must have required property 'requirement'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err7 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data2 = data.layers;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (!(data3 === "L1" || data3 === "L2" || data3 === "L3" || data3 === "L4" || data3 === "L5" || data3 === "L6" || data3 === "L7")) {
            const err9 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema58.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 === "present" || data4 === "missing" || data4 === "waived" || data4 === "not-applicable")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema55.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.requirement !== void 0) {
      let data5 = data.requirement;
      if (!(data5 === "required" || data5 === "recommended" || data5 === "not-applicable")) {
        const err12 = { instancePath: instancePath + "/requirement", schemaPath: "#/properties/requirement/enum", keyword: "enum", params: { allowedValues: schema55.properties.requirement.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.waiver !== void 0) {
      if (!validate45(data.waiver, { instancePath: instancePath + "/waiver", parentData: data, parentDataProperty: "waiver", rootData })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.layer === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layer" }, message: "must have required property 'layer'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.required === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property 'required'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.present === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "present" }, message: "must have required property 'present'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.missing === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "missing" }, message: "must have required property 'missing'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.waived === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "waived" }, message: "must have required property 'waived'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.layer !== void 0) {
      let data0 = data.layer;
      if (!(data0 === "L1" || data0 === "L2" || data0 === "L3" || data0 === "L4" || data0 === "L5" || data0 === "L6" || data0 === "L7")) {
        const err6 = { instancePath: instancePath + "/layer", schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema58.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) > 2e5) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.required !== void 0) {
      let data2 = data.required;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err9 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 < 0 || isNaN(data2)) {
          const err10 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.present !== void 0) {
      let data3 = data.present;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err11 = { instancePath: instancePath + "/present", schemaPath: "#/properties/present/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 < 0 || isNaN(data3)) {
          const err12 = { instancePath: instancePath + "/present", schemaPath: "#/properties/present/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.missing !== void 0) {
      let data4 = data.missing;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
        const err13 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.waived !== void 0) {
      let data5 = data.waived;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
        const err15 = { instancePath: instancePath + "/waived", schemaPath: "#/properties/waived/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 == "number") {
        if (data5 < 0 || isNaN(data5)) {
          const err16 = { instancePath: instancePath + "/waived", schemaPath: "#/properties/waived/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err1 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data1 = data.line;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err3 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.column !== void 0) {
      let data2 = data.column;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
        const err5 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 < 1 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.layers === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "layers" }, message: "must have required property 'layers'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.cvss === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cvss" }, message: "must have required property 'cvss'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.aivss === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "aivss" }, message: "must have required property 'aivss'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.locations === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "locations" }, message: "must have required property 'locations'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.remediation === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remediation" }, message: "must have required property 'remediation'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err10 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err12 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.controlId !== void 0) {
      let data2 = data.controlId;
      if (typeof data2 === "string") {
        if (func2(data2) > 2e5) {
          const err13 = { instancePath: instancePath + "/controlId", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/controlId", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data3 = data.title;
      if (typeof data3 === "string") {
        if (func2(data3) > 2e5) {
          const err15 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/title", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data4 = data.message;
      if (typeof data4 === "string") {
        if (func2(data4) > 2e5) {
          const err17 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data5 = data.layers;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (!(data6 === "L1" || data6 === "L2" || data6 === "L3" || data6 === "L4" || data6 === "L5" || data6 === "L6" || data6 === "L7")) {
            const err19 = { instancePath: instancePath + "/layers/" + i0, schemaPath: "#/definitions/layer/enum", keyword: "enum", params: { allowedValues: schema58.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data7 = data.tool;
      if (typeof data7 === "string") {
        if (func2(data7) > 2e5) {
          const err21 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/tool", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.scenarioId !== void 0) {
      let data8 = data.scenarioId;
      if (typeof data8 === "string") {
        if (func2(data8) > 2e5) {
          const err23 = { instancePath: instancePath + "/scenarioId", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/scenarioId", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.cvss !== void 0) {
      let data9 = data.cvss;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.vector === void 0) {
          const err25 = { instancePath: instancePath + "/cvss", schemaPath: "#/properties/cvss/required", keyword: "required", params: { missingProperty: "vector" }, message: "must have required property 'vector'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data9.score === void 0) {
          const err26 = { instancePath: instancePath + "/cvss", schemaPath: "#/properties/cvss/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data9.vector !== void 0) {
          if (typeof data9.vector !== "string") {
            const err27 = { instancePath: instancePath + "/cvss/vector", schemaPath: "#/properties/cvss/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data9.score !== void 0) {
          let data11 = data9.score;
          if (typeof data11 == "number") {
            if (data11 > 10 || isNaN(data11)) {
              const err28 = { instancePath: instancePath + "/cvss/score", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
              const err29 = { instancePath: instancePath + "/cvss/score", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/cvss/score", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/cvss", schemaPath: "#/properties/cvss/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.aivss !== void 0) {
      let data12 = data.aivss;
      if (typeof data12 == "number") {
        if (data12 > 10 || isNaN(data12)) {
          const err32 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data12 < 0 || isNaN(data12)) {
          const err33 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/aivss", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data13 = data.severity;
      if (!(data13 === "None" || data13 === "Low" || data13 === "Medium" || data13 === "High" || data13 === "Critical")) {
        const err35 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema54.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.locations !== void 0) {
      let data14 = data.locations;
      if (Array.isArray(data14)) {
        if (data14.length > 1e3) {
          const err36 = { instancePath: instancePath + "/locations", schemaPath: "#/properties/locations/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate51(data14[i1], { instancePath: instancePath + "/locations/" + i1, parentData: data14, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/locations", schemaPath: "#/properties/locations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.remediation !== void 0) {
      let data16 = data.remediation;
      if (typeof data16 === "string") {
        if (func2(data16) > 2e5) {
          const err38 = { instancePath: instancePath + "/remediation", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/remediation", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.docs !== void 0) {
      let data17 = data.docs;
      if (typeof data17 === "string") {
        if (func2(data17) > 2e5) {
          const err40 = { instancePath: instancePath + "/docs", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/docs", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.waived !== void 0) {
      if (!validate45(data.waived, { instancePath: instancePath + "/waived", parentData: data, parentDataProperty: "waived", rootData })) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err42 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
var schema80 = { "type": "object", "required": ["result", "reasons"], "properties": { "result": { "enum": ["pass", "fail", "warn", "error"] }, "reasons": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/text" } } } };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.result === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reasons === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.result !== void 0) {
      let data0 = data.result;
      if (!(data0 === "pass" || data0 === "fail" || data0 === "warn" || data0 === "error")) {
        const err2 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/enum", keyword: "enum", params: { allowedValues: schema80.properties.result.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.reasons !== void 0) {
      let data1 = data.reasons;
      if (Array.isArray(data1)) {
        if (data1.length > 1e3) {
          const err3 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) > 2e5) {
              const err4 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.message === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e5) {
          const err2 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.line !== void 0) {
      let data1 = data.line;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
        const err4 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 1 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.message !== void 0) {
      let data2 = data.message;
      if (typeof data2 === "string") {
        if (func2(data2) > 2e5) {
          const err6 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.hint !== void 0) {
      let data3 = data.hint;
      if (typeof data3 === "string") {
        if (func2(data3) > 2e5) {
          const err8 = { instancePath: instancePath + "/hint", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/hint", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.tool === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.aivssVersion === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "aivssVersion" }, message: "must have required property 'aivssVersion'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.server === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "server" }, message: "must have required property 'server'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.profile === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "profile" }, message: "must have required property 'profile'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.capabilities === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.errors === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.notices === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notices" }, message: "must have required property 'notices'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.tool !== void 0) {
      let data0 = data.tool;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          const err7 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.version === void 0) {
          const err8 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data0.name !== void 0) {
          if ("mcp-risk-gate" !== data0.name) {
            const err9 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "mcp-risk-gate" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.version !== void 0) {
          let data2 = data0.version;
          if (typeof data2 === "string") {
            if (func2(data2) > 100) {
              const err10 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.aivssVersion !== void 0) {
      let data3 = data.aivssVersion;
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err13 = { instancePath: instancePath + "/aivssVersion", schemaPath: "#/properties/aivssVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/aivssVersion", schemaPath: "#/properties/aivssVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.profileChanges !== void 0) {
      if (!validate38(data.profileChanges, { instancePath: instancePath + "/profileChanges", parentData: data, parentDataProperty: "profileChanges", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.server !== void 0) {
      let data5 = data.server;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.sources === void 0) {
          const err15 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data5.name !== void 0) {
          let data6 = data5.name;
          if (typeof data6 === "string") {
            if (func2(data6) > 2e5) {
              const err16 = { instancePath: instancePath + "/server/name", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/server/name", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.title !== void 0) {
          let data7 = data5.title;
          if (typeof data7 === "string") {
            if (func2(data7) > 2e5) {
              const err18 = { instancePath: instancePath + "/server/title", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/server/title", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.version !== void 0) {
          let data8 = data5.version;
          if (typeof data8 === "string") {
            if (func2(data8) > 2e5) {
              const err20 = { instancePath: instancePath + "/server/version", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/server/version", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data5.sources !== void 0) {
          let data9 = data5.sources;
          if (Array.isArray(data9)) {
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.path === void 0) {
                  const err22 = { instancePath: instancePath + "/server/sources/" + i0, schemaPath: "#/properties/server/properties/sources/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data10.format === void 0) {
                  const err23 = { instancePath: instancePath + "/server/sources/" + i0, schemaPath: "#/properties/server/properties/sources/items/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (data10.path !== void 0) {
                  let data11 = data10.path;
                  if (typeof data11 === "string") {
                    if (func2(data11) > 2e5) {
                      const err24 = { instancePath: instancePath + "/server/sources/" + i0 + "/path", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/server/sources/" + i0 + "/path", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data10.format !== void 0) {
                  if (typeof data10.format !== "string") {
                    const err26 = { instancePath: instancePath + "/server/sources/" + i0 + "/format", schemaPath: "#/properties/server/properties/sources/items/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/server/sources/" + i0, schemaPath: "#/properties/server/properties/sources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/server/sources", schemaPath: "#/properties/server/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      let data13 = data.profile;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.tools === void 0) {
          const err30 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/required", keyword: "required", params: { missingProperty: "tools" }, message: "must have required property 'tools'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data13.tools !== void 0) {
          let data14 = data13.tools;
          if (Array.isArray(data14)) {
            if (data14.length > 1e5) {
              const err31 = { instancePath: instancePath + "/profile/tools", schemaPath: "#/properties/profile/properties/tools/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            const len1 = data14.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate40(data14[i1], { instancePath: instancePath + "/profile/tools/" + i1, parentData: data14, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/profile/tools", schemaPath: "#/properties/profile/properties/tools/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data13.configPath !== void 0) {
          let data16 = data13.configPath;
          if (typeof data16 === "string") {
            if (func2(data16) > 2e5) {
              const err33 = { instancePath: instancePath + "/profile/configPath", schemaPath: "#/definitions/text/maxLength", keyword: "maxLength", params: { limit: 2e5 }, message: "must NOT have more than 200000 characters" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/profile/configPath", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.capabilities !== void 0) {
      let data17 = data.capabilities;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.capabilities === void 0) {
          const err36 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/required", keyword: "required", params: { missingProperty: "capabilities" }, message: "must have required property 'capabilities'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data17.surface === void 0) {
          const err37 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/required", keyword: "required", params: { missingProperty: "surface" }, message: "must have required property 'surface'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data17.capabilities !== void 0) {
          if (!Array.isArray(data17.capabilities)) {
            const err38 = { instancePath: instancePath + "/capabilities/capabilities", schemaPath: "#/properties/capabilities/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data17.surface !== void 0) {
          let data19 = data17.surface;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.toolCount === void 0) {
              const err39 = { instancePath: instancePath + "/capabilities/surface", schemaPath: "#/properties/capabilities/properties/surface/required", keyword: "required", params: { missingProperty: "toolCount" }, message: "must have required property 'toolCount'" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data19.unknown === void 0) {
              const err40 = { instancePath: instancePath + "/capabilities/surface", schemaPath: "#/properties/capabilities/properties/surface/required", keyword: "required", params: { missingProperty: "unknown" }, message: "must have required property 'unknown'" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data19.toolCount !== void 0) {
              let data20 = data19.toolCount;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)))) {
                const err41 = { instancePath: instancePath + "/capabilities/surface/toolCount", schemaPath: "#/properties/capabilities/properties/surface/properties/toolCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (typeof data20 == "number") {
                if (data20 < 0 || isNaN(data20)) {
                  const err42 = { instancePath: instancePath + "/capabilities/surface/toolCount", schemaPath: "#/properties/capabilities/properties/surface/properties/toolCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
            }
            if (data19.unknown !== void 0) {
              if (typeof data19.unknown !== "boolean") {
                const err43 = { instancePath: instancePath + "/capabilities/surface/unknown", schemaPath: "#/properties/capabilities/properties/surface/properties/unknown/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/capabilities/surface", schemaPath: "#/properties/capabilities/properties/surface/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/capabilities", schemaPath: "#/properties/capabilities/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.factors !== void 0) {
      let data22 = data.factors;
      if (Array.isArray(data22)) {
        const len2 = data22.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate42(data22[i2], { instancePath: instancePath + "/factors/" + i2, parentData: data22, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/factors", schemaPath: "#/properties/factors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.posture !== void 0) {
      let data24 = data.posture;
      if (typeof data24 == "number") {
        if (data24 > 10 || isNaN(data24)) {
          const err47 = { instancePath: instancePath + "/posture", schemaPath: "#/properties/posture/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data24 < 0 || isNaN(data24)) {
          const err48 = { instancePath: instancePath + "/posture", schemaPath: "#/properties/posture/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = { instancePath: instancePath + "/posture", schemaPath: "#/properties/posture/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.scenarios !== void 0) {
      let data25 = data.scenarios;
      if (Array.isArray(data25)) {
        const len3 = data25.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data26 = data25[i3];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.id === void 0) {
              const err50 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data26.risk === void 0) {
              const err51 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data26.title === void 0) {
              const err52 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data26.evidenceVector === void 0) {
              const err53 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "evidenceVector" }, message: "must have required property 'evidenceVector'" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data26.vector === void 0) {
              const err54 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "vector" }, message: "must have required property 'vector'" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data26.metrics === void 0) {
              const err55 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data26.mitigations === void 0) {
              const err56 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "mitigations" }, message: "must have required property 'mitigations'" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data26.mitigation === void 0) {
              const err57 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "mitigation" }, message: "must have required property 'mitigation'" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data26.threat === void 0) {
              const err58 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "threat" }, message: "must have required property 'threat'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data26.cvss === void 0) {
              const err59 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "cvss" }, message: "must have required property 'cvss'" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data26.factorSum === void 0) {
              const err60 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "factorSum" }, message: "must have required property 'factorSum'" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data26.aivss === void 0) {
              const err61 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "aivss" }, message: "must have required property 'aivss'" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data26.severity === void 0) {
              const err62 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data26.id !== void 0) {
              if (typeof data26.id !== "string") {
                const err63 = { instancePath: instancePath + "/scenarios/" + i3 + "/id", schemaPath: "#/properties/scenarios/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data26.risk !== void 0) {
              if (typeof data26.risk !== "string") {
                const err64 = { instancePath: instancePath + "/scenarios/" + i3 + "/risk", schemaPath: "#/properties/scenarios/items/properties/risk/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data26.title !== void 0) {
              if (typeof data26.title !== "string") {
                const err65 = { instancePath: instancePath + "/scenarios/" + i3 + "/title", schemaPath: "#/properties/scenarios/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data26.evidenceVector !== void 0) {
              if (typeof data26.evidenceVector !== "string") {
                const err66 = { instancePath: instancePath + "/scenarios/" + i3 + "/evidenceVector", schemaPath: "#/properties/scenarios/items/properties/evidenceVector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data26.vector !== void 0) {
              if (typeof data26.vector !== "string") {
                const err67 = { instancePath: instancePath + "/scenarios/" + i3 + "/vector", schemaPath: "#/properties/scenarios/items/properties/vector/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data26.metrics !== void 0) {
              let data32 = data26.metrics;
              if (Array.isArray(data32)) {
                const len4 = data32.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data33 = data32[i4];
                  if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                    if (data33.metric === void 0) {
                      const err68 = { instancePath: instancePath + "/scenarios/" + i3 + "/metrics/" + i4, schemaPath: "#/properties/scenarios/items/properties/metrics/items/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                    if (data33.value === void 0) {
                      const err69 = { instancePath: instancePath + "/scenarios/" + i3 + "/metrics/" + i4, schemaPath: "#/properties/scenarios/items/properties/metrics/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (data33.reason === void 0) {
                      const err70 = { instancePath: instancePath + "/scenarios/" + i3 + "/metrics/" + i4, schemaPath: "#/properties/scenarios/items/properties/metrics/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  } else {
                    const err71 = { instancePath: instancePath + "/scenarios/" + i3 + "/metrics/" + i4, schemaPath: "#/properties/scenarios/items/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              } else {
                const err72 = { instancePath: instancePath + "/scenarios/" + i3 + "/metrics", schemaPath: "#/properties/scenarios/items/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data26.mitigations !== void 0) {
              if (!Array.isArray(data26.mitigations)) {
                const err73 = { instancePath: instancePath + "/scenarios/" + i3 + "/mitigations", schemaPath: "#/properties/scenarios/items/properties/mitigations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data26.mitigation !== void 0) {
              let data35 = data26.mitigation;
              if (!(data35 === "none" || data35 === "partial" || data35 === "strong")) {
                const err74 = { instancePath: instancePath + "/scenarios/" + i3 + "/mitigation", schemaPath: "#/properties/scenarios/items/properties/mitigation/enum", keyword: "enum", params: { allowedValues: schema30.properties.scenarios.items.properties.mitigation.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data26.threat !== void 0) {
              let data36 = data26.threat;
              if (!(data36 === "attacked" || data36 === "poc" || data36 === "unreported")) {
                const err75 = { instancePath: instancePath + "/scenarios/" + i3 + "/threat", schemaPath: "#/properties/scenarios/items/properties/threat/enum", keyword: "enum", params: { allowedValues: schema30.properties.scenarios.items.properties.threat.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data26.cvss !== void 0) {
              if (!(typeof data26.cvss == "number")) {
                const err76 = { instancePath: instancePath + "/scenarios/" + i3 + "/cvss", schemaPath: "#/properties/scenarios/items/properties/cvss/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data26.factorSum !== void 0) {
              if (!(typeof data26.factorSum == "number")) {
                const err77 = { instancePath: instancePath + "/scenarios/" + i3 + "/factorSum", schemaPath: "#/properties/scenarios/items/properties/factorSum/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data26.aivss !== void 0) {
              if (!(typeof data26.aivss == "number")) {
                const err78 = { instancePath: instancePath + "/scenarios/" + i3 + "/aivss", schemaPath: "#/properties/scenarios/items/properties/aivss/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data26.severity !== void 0) {
              let data40 = data26.severity;
              if (!(data40 === "None" || data40 === "Low" || data40 === "Medium" || data40 === "High" || data40 === "Critical")) {
                const err79 = { instancePath: instancePath + "/scenarios/" + i3 + "/severity", schemaPath: "#/properties/scenarios/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema30.properties.scenarios.items.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
          } else {
            const err80 = { instancePath: instancePath + "/scenarios/" + i3, schemaPath: "#/properties/scenarios/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      } else {
        const err81 = { instancePath: instancePath + "/scenarios", schemaPath: "#/properties/scenarios/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data41 = data.score;
      if (typeof data41 == "number") {
        if (data41 > 10 || isNaN(data41)) {
          const err82 = { instancePath: instancePath + "/score", schemaPath: "#/definitions/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10" };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        if (data41 < 0 || isNaN(data41)) {
          const err83 = { instancePath: instancePath + "/score", schemaPath: "#/definitions/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
      } else {
        const err84 = { instancePath: instancePath + "/score", schemaPath: "#/definitions/score/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data42 = data.severity;
      if (!(data42 === "None" || data42 === "Low" || data42 === "Medium" || data42 === "High" || data42 === "Critical")) {
        const err85 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema54.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data43 = data.controls;
      if (Array.isArray(data43)) {
        const len5 = data43.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate44(data43[i5], { instancePath: instancePath + "/controls/" + i5, parentData: data43, parentDataProperty: i5, rootData })) {
            vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/controls", schemaPath: "#/properties/controls/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.layers !== void 0) {
      let data45 = data.layers;
      if (Array.isArray(data45)) {
        const len6 = data45.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate48(data45[i6], { instancePath: instancePath + "/layers/" + i6, parentData: data45, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/layers", schemaPath: "#/properties/layers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data47 = data.findings;
      if (Array.isArray(data47)) {
        if (data47.length > 1e5) {
          const err88 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
        const len7 = data47.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (!validate50(data47[i7], { instancePath: instancePath + "/findings/" + i7, parentData: data47, parentDataProperty: i7, rootData })) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.decision !== void 0) {
      if (!validate55(data.decision, { instancePath: instancePath + "/decision", parentData: data, parentDataProperty: "decision", rootData })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.errors !== void 0) {
      let data50 = data.errors;
      if (Array.isArray(data50)) {
        const len8 = data50.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (!validate57(data50[i8], { instancePath: instancePath + "/errors/" + i8, parentData: data50, parentDataProperty: i8, rootData })) {
            vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err90 = { instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
    if (data.notices !== void 0) {
      let data52 = data.notices;
      if (Array.isArray(data52)) {
        const len9 = data52.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (!validate57(data52[i9], { instancePath: instancePath + "/notices/" + i9, parentData: data52, parentDataProperty: i9, rootData })) {
            vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/notices", schemaPath: "#/properties/notices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
  } else {
    const err92 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err92];
    } else {
      vErrors.push(err92);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.format === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.formatVersion === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property 'formatVersion'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.headSha === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headSha" }, message: "must have required property 'headSha'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.result === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "result" }, message: "must have required property 'result'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "format" || key0 === "formatVersion" || key0 === "headSha" || key0 === "pullRequest" || key0 === "result" || key0 === "base" || key0 === "decision")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      if ("mcp-risk-gate/report" !== data.format) {
        const err5 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/const", keyword: "const", params: { allowedValue: "mcp-risk-gate/report" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.formatVersion !== void 0) {
      if (1 !== data.formatVersion) {
        const err6 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.headSha !== void 0) {
      let data2 = data.headSha;
      if (typeof data2 === "string") {
        if (!pattern7.test(data2)) {
          const err7 = { instancePath: instancePath + "/headSha", schemaPath: "#/properties/headSha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/headSha", schemaPath: "#/properties/headSha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.pullRequest !== void 0) {
      let data3 = data.pullRequest;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
        const err9 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 < 1 || isNaN(data3)) {
          const err10 = { instancePath: instancePath + "/pullRequest", schemaPath: "#/properties/pullRequest/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.result !== void 0) {
      if (!validate37(data.result, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.base !== void 0) {
      if (!validate37(data.base, { instancePath: instancePath + "/base", parentData: data, parentDataProperty: "base", rootData })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.decision !== void 0) {
      if (!validate55(data.decision, { instancePath: instancePath + "/decision", parentData: data, parentDataProperty: "decision", rootData })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
