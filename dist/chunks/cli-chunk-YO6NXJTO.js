import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  __require
} from "./cli-chunk-XH3FB2BY.js";

// src/lazy.ts
function lazy(make) {
  let value;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

// src/manifest/generated/validators.ts
function onDemand(load) {
  const fn = lazy(load);
  const validator = (data) => {
    const ok = fn()(data);
    validator.errors = fn().errors ?? null;
    return ok;
  };
  return validator;
}
var registryServer = onDemand(() => require("../vendor/validators/registry-server.cjs"));
var mcpTool = onDemand(() => require("../vendor/validators/mcp-tool.cjs"));
var mcpbManifest = onDemand(() => require("../vendor/validators/mcpb-manifest.cjs"));
var smithery = onDemand(() => require("../vendor/validators/smithery.cjs"));
var dockerCatalog = onDemand(() => require("../vendor/validators/docker-catalog.cjs"));
var toolhiveSpec = onDemand(() => require("../vendor/validators/toolhive-spec.cjs"));
var mcpServersConfig = onDemand(() => require("../vendor/validators/mcp-servers-config.cjs"));
var mcpRisk = onDemand(() => require("../vendor/validators/mcp-risk.cjs"));
var orgPolicy = onDemand(() => require("../vendor/validators/org-policy.cjs"));
var mcpToolsLock = onDemand(() => require("../vendor/validators/mcp-tools-lock.cjs"));
var reportArtifact = onDemand(() => require("../vendor/validators/report-artifact.cjs"));

export {
  lazy,
  registryServer,
  mcpTool,
  mcpbManifest,
  smithery,
  dockerCatalog,
  toolhiveSpec,
  mcpServersConfig,
  mcpRisk,
  orgPolicy,
  mcpToolsLock
};
