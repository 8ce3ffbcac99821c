"use strict";

// <stdin>
module.exports = validate27;
module.exports.default = validate27;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    if (data.title !== void 0) {
      if (typeof data.title !== "string") {
        const err2 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      if (typeof data.description !== "string") {
        const err3 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.inputSchema !== void 0) {
      let data3 = data.inputSchema;
      if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
        const err4 = { instancePath: instancePath + "/inputSchema", schemaPath: "#/properties/inputSchema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data4 = data.parameters;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err5 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.outputSchema !== void 0) {
      let data5 = data.outputSchema;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
        const err6 = { instancePath: instancePath + "/outputSchema", schemaPath: "#/properties/outputSchema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.arguments !== void 0) {
      if (!Array.isArray(data.arguments)) {
        const err7 = { instancePath: instancePath + "/arguments", schemaPath: "#/properties/arguments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data7 = data.annotations;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.title !== void 0) {
          if (typeof data7.title !== "string") {
            const err8 = { instancePath: instancePath + "/annotations/title", schemaPath: "#/properties/annotations/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data7.readOnlyHint !== void 0) {
          if (typeof data7.readOnlyHint !== "boolean") {
            const err9 = { instancePath: instancePath + "/annotations/readOnlyHint", schemaPath: "#/properties/annotations/properties/readOnlyHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data7.destructiveHint !== void 0) {
          if (typeof data7.destructiveHint !== "boolean") {
            const err10 = { instancePath: instancePath + "/annotations/destructiveHint", schemaPath: "#/properties/annotations/properties/destructiveHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data7.idempotentHint !== void 0) {
          if (typeof data7.idempotentHint !== "boolean") {
            const err11 = { instancePath: instancePath + "/annotations/idempotentHint", schemaPath: "#/properties/annotations/properties/idempotentHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data7.openWorldHint !== void 0) {
          if (typeof data7.openWorldHint !== "boolean") {
            const err12 = { instancePath: instancePath + "/annotations/openWorldHint", schemaPath: "#/properties/annotations/properties/openWorldHint/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.requiredScopes !== void 0) {
      let data13 = data.requiredScopes;
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data13[i0] !== "string") {
            const err14 = { instancePath: instancePath + "/requiredScopes/" + i0, schemaPath: "#/properties/requiredScopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/requiredScopes", schemaPath: "#/properties/requiredScopes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.method !== void 0) {
      if (typeof data.method !== "string") {
        const err16 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.httpMethod !== void 0) {
      if (typeof data.httpMethod !== "string") {
        const err17 = { instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
  validate27.errors = vErrors;
  return errors === 0;
}
