"use strict";

// <stdin>
module.exports = validate29;
module.exports.default = validate29;
var schema21 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mcp-risk-gate.dev/schemas/formats/smithery.schema.json", "title": "smithery.yaml (fields mcp-risk-gate reads)", "type": "object", "properties": { "runtime": { "type": "string" }, "startCommand": { "type": "object", "required": ["type"], "properties": { "type": { "enum": ["stdio", "http"] }, "configSchema": { "type": "object" }, "commandFunction": { "type": "string" }, "exampleConfig": { "type": "object" } } }, "env": { "type": "object" }, "build": { "type": "object" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.runtime !== void 0) {
      if (typeof data.runtime !== "string") {
        const err0 = { instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.startCommand !== void 0) {
      let data1 = data.startCommand;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.type === void 0) {
          const err1 = { instancePath: instancePath + "/startCommand", schemaPath: "#/properties/startCommand/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data1.type !== void 0) {
          let data2 = data1.type;
          if (!(data2 === "stdio" || data2 === "http")) {
            const err2 = { instancePath: instancePath + "/startCommand/type", schemaPath: "#/properties/startCommand/properties/type/enum", keyword: "enum", params: { allowedValues: schema21.properties.startCommand.properties.type.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data1.configSchema !== void 0) {
          let data3 = data1.configSchema;
          if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
            const err3 = { instancePath: instancePath + "/startCommand/configSchema", schemaPath: "#/properties/startCommand/properties/configSchema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.commandFunction !== void 0) {
          if (typeof data1.commandFunction !== "string") {
            const err4 = { instancePath: instancePath + "/startCommand/commandFunction", schemaPath: "#/properties/startCommand/properties/commandFunction/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.exampleConfig !== void 0) {
          let data5 = data1.exampleConfig;
          if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
            const err5 = { instancePath: instancePath + "/startCommand/exampleConfig", schemaPath: "#/properties/startCommand/properties/exampleConfig/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/startCommand", schemaPath: "#/properties/startCommand/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data6 = data.env;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
        const err7 = { instancePath: instancePath + "/env", schemaPath: "#/properties/env/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.build !== void 0) {
      let data7 = data.build;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7))) {
        const err8 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
