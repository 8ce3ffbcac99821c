import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  require_ajv
} from "./index-chunk-Y3SN7MNP.js";
import {
  lazy,
  parseDocument,
  scenarios_default,
  validateWith
} from "./index-chunk-OEGZE7RJ.js";
import {
  __toESM
} from "./index-chunk-PEMTES5Y.js";

// src/maestro/plugins.ts
var import_ajv = __toESM(require_ajv(), 1);

// schemas/maestro-catalog.schema.json
var maestro_catalog_schema_default = JSON.parse(`{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/mcp-risk-gate/mcp-risk-gate/schemas/maestro-catalog.schema.json","title":"mcp-risk-gate MAESTRO control catalog","description":"CSA MAESTRO controls for MCP servers: requirement rules over detected capabilities, evidence detectors, CVSS v4.0 exposure vectors and remediation. The same schema validates catalog plug-ins (extra catalogs named by a profile or an org policy) at run time; their control ids are namespaced (ACME-...).","type":"object","additionalProperties":false,"required":["catalogVersion","maestroVersion","frameworks","controls"],"properties":{"$schema":{"type":"string"},"catalogVersion":{"type":"string","pattern":"^[0-9]+\\\\.[0-9]+\\\\.[0-9]+$"},"maestroVersion":{"type":"string"},"frameworks":{"type":"object","additionalProperties":{"type":"string"}},"controls":{"type":"array","items":{"$ref":"#/definitions/control"},"minItems":1},"checks":{"type":"array","items":{"$ref":"#/definitions/check"}}},"definitions":{"rule":{"type":"object","additionalProperties":false,"properties":{"level":{"enum":["required","recommended"]},"when":{"$ref":"condition.schema.json#/definitions/condition"},"because":{"type":"string","minLength":10}},"required":["level","when","because"]},"detectorRef":{"type":"object","additionalProperties":false,"required":["detector","label"],"properties":{"detector":{"enum":["repo-file","source-signal","workflow-pins","dockerfile-user","declared-secrets","remote-https","remote-auth","stdio-only","profile-field","registry-identity","tool-annotations","input-schemas","tool-params","tool-output-fields","tool-sources","tool-inventory","tool-scopes","metadata-hygiene"]},"label":{"type":"string","minLength":3},"group":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"},"params":{"type":"object"}},"allOf":[{"if":{"properties":{"detector":{"const":"repo-file"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{"paths":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"contains":{"type":"string","minLength":1,"format":"regex"},"flags":{"enum":["","i"]}},"required":["paths"]}}}},{"if":{"properties":{"detector":{"const":"source-signal"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{"pattern":{"type":"string","minLength":1,"format":"regex"},"flags":{"enum":["","i"]},"include":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"role":{"enum":["satisfies","violates"]},"absenceIsEvidence":{"type":"boolean"},"includeTests":{"type":"boolean"}},"required":["pattern"]}}}},{"if":{"properties":{"detector":{"const":"workflow-pins"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{"trustedOwners":{"type":"array","items":{"type":"string","minLength":1}},"role":{"enum":["satisfies","violates"]}},"required":[]}}}},{"if":{"properties":{"detector":{"const":"dockerfile-user"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{},"required":[]}}}},{"if":{"properties":{"detector":{"const":"declared-secrets"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{},"required":[]}}}},{"if":{"properties":{"detector":{"const":"remote-https"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{},"required":[]}}}},{"if":{"properties":{"detector":{"const":"remote-auth"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{},"required":[]}}}},{"if":{"properties":{"detector":{"const":"stdio-only"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{},"required":[]}}}},{"if":{"properties":{"detector":{"const":"profile-field"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{"field":{"enum":["network","filesystemScopes","privacyPolicies","oauthProviders","safetyKnobs"]},"kinds":{"type":"array","items":{"enum":["read-only","disabled-tools","confirmation","operations-gate","network"]},"minItems":1}},"required":["field"]}}}},{"if":{"properties":{"detector":{"const":"registry-identity"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{},"required":[]}}}},{"if":{"properties":{"detector":{"const":"tool-annotations"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{},"required":[]}}}},{"if":{"properties":{"detector":{"const":"input-schemas"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{"requireClosed":{"type":"boolean"},"requireConstrained":{"type":"boolean"}},"required":[]}}}},{"if":{"properties":{"detector":{"const":"tool-params"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{"property":{"type":"string","minLength":1,"format":"regex"},"tools":{"enum":["all","write","destructive","open-world","read-only"]},"mode":{"enum":["any","every"]},"role":{"enum":["satisfies","violates"]},"requireMaximum":{"type":"boolean"}},"required":["property","tools","mode"]}}}},{"if":{"properties":{"detector":{"const":"tool-output-fields"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{"fields":{"type":"string","minLength":1,"format":"regex"},"tools":{"enum":["all","write","destructive","open-world","read-only"]}},"required":["fields","tools"]}}}},{"if":{"properties":{"detector":{"const":"tool-sources"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{"formats":{"type":"array","items":{"enum":["registry-server-json","mcpb-manifest","smithery","docker-catalog","toolhive-spec","tools-dump","tool-snapshot","gemini-extension","client-config","risk-profile","introspection"]},"minItems":1}},"required":["formats"]}}}},{"if":{"properties":{"detector":{"const":"tool-inventory"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{},"required":[]}}}},{"if":{"properties":{"detector":{"const":"tool-scopes"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{"tools":{"enum":["all","write","destructive","open-world","read-only"]},"forbidden":{"type":"string","minLength":1,"format":"regex"}},"required":["tools"]}}}},{"if":{"properties":{"detector":{"const":"metadata-hygiene"}}},"then":{"properties":{"params":{"type":"object","additionalProperties":false,"properties":{"namePattern":{"type":"string","minLength":1,"format":"regex"},"invisible":{"type":"string","minLength":1,"format":"regex"},"phrases":{"type":"string","minLength":1,"format":"regex"}},"required":["namePattern","invisible","phrases"]}}}}]},"crosswalk":{"type":"object","additionalProperties":false,"properties":{"owaspT":{"type":"array","items":{"type":"string","pattern":"^OWASP-T([1-9]|1[0-7])$"}},"asi":{"type":"array","items":{"type":"string","pattern":"^ASI(0[1-9]|10)$"}},"mcpTop10":{"type":"array","items":{"type":"string","pattern":"^MCP(0[1-9]|10)$"}},"mcpSpec":{"type":"array","items":{"type":"string","pattern":"^(SPEC|SBP)-[A-Z-]+$"}},"playbook":{"type":"array","items":{"type":"string","minLength":1}}},"required":["owaspT","asi","mcpTop10","mcpSpec"]},"cvss":{"type":"string","pattern":"^CVSS:4\\\\.0/AV:[NALP]/AC:[LH]/AT:[NP]/PR:[NLH]/UI:[NPA]/VC:[HLN]/VI:[HLN]/VA:[HLN]/SC:[HLN]/SI:[HLN]/SA:[HLN]$"},"remediation":{"type":"object","additionalProperties":false,"properties":{"text":{"type":"string","minLength":20},"example":{"type":"string","minLength":10},"snippet":{"type":"object","additionalProperties":false,"description":"A copyable example, rendered as a code block; yaml, json and js snippets must parse (tested).","properties":{"lang":{"enum":["yaml","json","js","md"]},"file":{"type":"string","minLength":1,"description":"Where the snippet goes (a file to edit or add)."},"code":{"type":"string","minLength":5,"pattern":"^[^\\\\u200B-\\\\u200F\\\\u2060-\\\\u2064\\\\uFEFF]*$"}},"required":["lang","code"]}},"required":["text","example","snippet"]},"control":{"type":"object","additionalProperties":false,"properties":{"id":{"type":"string","pattern":"^(MAE-L[1-7]-[0-9]{2}|[A-Z][A-Z0-9]{1,15}-[A-Z0-9][A-Z0-9-]{0,40})$","description":"MAE-Ln-NN for the bundled catalog; a plug-in's own prefix otherwise (ACME-SECRETS-01). MAE, MRG, CHK and SCN prefixes are reserved."},"title":{"type":"string","minLength":5},"missingTitle":{"type":"string","minLength":10,"maxLength":80,"description":"What is missing, in plain words, used as the finding title (\\"No secret scanning in CI\\")."},"summary":{"type":"string","minLength":20},"layers":{"type":"array","items":{"enum":["L1","L2","L3","L4","L5","L6","L7"]},"minItems":1,"uniqueItems":true},"home":{"enum":["L1","L2","L3","L4","L5","L6","L7"],"description":"The layer the control counts under in the layer summary; one of its layers."},"threats":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"crosswalk":{"$ref":"#/definitions/crosswalk"},"strength":{"enum":["server-enforced","declarative","host-dependent"]},"requirement":{"type":"array","items":{"$ref":"#/definitions/rule"},"minItems":1},"notApplicable":{"type":"string","minLength":5},"evidence":{"type":"array","items":{"$ref":"#/definitions/detectorRef"},"minItems":1},"cvss":{"$ref":"#/definitions/cvss"},"remediation":{"$ref":"#/definitions/remediation"},"fixAt":{"type":"array","minItems":1,"items":{"anyOf":[{"enum":["tools","secrets","remotes","packages","manifest","config"]},{"type":"string","pattern":"^file:[^\\\\s]+$"}]}},"docsAnchor":{"type":"string","pattern":"^[a-z0-9-]+$"},"mitigates":{"type":"array","description":"The threat scenarios (data/aivss/scenarios.json ids) this control lowers when present, and so scores its absence. A control that names none and is named by no scenario is scored as a hygiene gap.","items":{"type":"object","additionalProperties":false,"required":["scenario","strength","why"],"properties":{"scenario":{"type":"string","pattern":"^[a-z][a-z0-9-]*$"},"strength":{"enum":["partial","strong"]},"set":{"type":"object","description":"Exploitability metrics the control makes harder (AV, AC, AT, PR, UI).","propertyNames":{"enum":["AV","AC","AT","PR","UI"]},"additionalProperties":{"type":"string","pattern":"^[A-Z]$"}},"why":{"type":"string","minLength":10}}}},"docs":{"type":"string","format":"uri","description":"Where the control is documented (a plug-in's own page); default docs/controls.md#<docsAnchor>."}},"required":["id","title","missingTitle","summary","layers","home","threats","crosswalk","strength","requirement","notApplicable","evidence","cvss","remediation","fixAt","docsAnchor"]},"check":{"type":"object","additionalProperties":false,"properties":{"id":{"enum":["CHK-ANNOTATION-CONTRADICTION","CHK-TOOL-NAME","CHK-DUPLICATE-TOOL","CHK-UNKNOWN-SURFACE"]},"kind":{"enum":["annotation-contradiction","spec-violation","unknown-surface"]},"title":{"type":"string","minLength":5},"summary":{"type":"string","minLength":20},"layers":{"type":"array","items":{"enum":["L1","L2","L3","L4","L5","L6","L7"]},"minItems":1,"uniqueItems":true},"threats":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"crosswalk":{"$ref":"#/definitions/crosswalk"},"params":{"type":"object"},"cvss":{"$ref":"#/definitions/cvss"},"remediation":{"$ref":"#/definitions/remediation"},"docsAnchor":{"type":"string","pattern":"^[a-z0-9-]+$"}},"required":["id","kind","title","summary","layers","threats","crosswalk","cvss","remediation","docsAnchor"]}}}`);

// schemas/condition.schema.json
var condition_schema_default = JSON.parse(`{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/mcp-risk-gate/mcp-risk-gate/schemas/condition.schema.json","title":"mcp-risk-gate condition language","description":"The one condition language of the gate's knowledge: factor rubrics, threat scenarios and the control catalog's requirement rules. A condition holds for a server (its profile, capabilities, per-tool effects and, where evaluated, control results).","definitions":{"regex":{"type":"string","minLength":1},"effect":{"enum":["read","write","destructive","execute","money","infrastructure","publish","private-data","untrusted-content","egress","memory"]},"controlStatus":{"enum":["present","missing","waived","not-applicable","unknown"]},"condition":{"oneOf":[{"type":"object","additionalProperties":false,"properties":{"always":{"const":true}},"required":["always"]},{"type":"object","additionalProperties":false,"properties":{"transport":{"enum":["stdio","streamable-http","sse","http","remote","package"]}},"required":["transport"]},{"type":"object","additionalProperties":false,"properties":{"source":{"enum":["registry-server-json","mcpb-manifest","smithery","docker-catalog","toolhive-spec","tools-dump","tool-snapshot","gemini-extension","client-config","risk-profile","introspection"]}},"required":["source"]},{"type":"object","required":["capability"],"additionalProperties":false,"properties":{"capability":{"enum":["write","destructive","remote","local-http","credentials","external-content","url-parameters","code-execution","filesystem","oauth-proxy","stateful","production-control"]},"excludeEvidenceKinds":{"type":"array","items":{"type":"string"},"minItems":1}}},{"type":"object","required":["surface"],"additionalProperties":false,"properties":{"surface":{"enum":["unknown","incomplete","known","any"]}}},{"type":"object","required":["effect"],"additionalProperties":false,"properties":{"effect":{"$ref":"#/definitions/effect"},"with":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/effect"}},"without":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/effect"}},"min":{"type":"integer","minimum":1}}},{"type":"object","required":["stat"],"additionalProperties":false,"properties":{"stat":{"enum":["toolCount","annotated","readOnly","destructive","openWorld","writeTools"]},"gte":{"type":"number","minimum":0},"lte":{"type":"number","minimum":0}}},{"type":"object","required":["tools"],"additionalProperties":false,"properties":{"tools":{"type":"object","minProperties":1,"additionalProperties":false,"properties":{"name":{"$ref":"#/definitions/regex"},"text":{"$ref":"#/definitions/regex"},"inputProperty":{"$ref":"#/definitions/regex"},"readOnly":{"type":"boolean"},"destructive":{"type":"boolean"},"openWorld":{"type":"boolean"},"annotated":{"type":"boolean"},"mayWrite":{"type":"boolean"},"hasOutputSchema":{"type":"boolean"},"inputFormats":{"type":"array","items":{"type":"string"},"minItems":1},"nameWords":{"type":"array","items":{"type":"string","pattern":"^[a-z0-9]+$"},"minItems":1}}},"min":{"type":"integer","minimum":1}}},{"type":"object","required":["fact"],"additionalProperties":false,"properties":{"fact":{"enum":["remote","remote-only","package","oauth","secrets","tool-scopes","local-http-transport","published-port","remote-without-credential-header","oauth-callback","filesystem-scope"]}}},{"type":"object","required":["safetyKnob"],"additionalProperties":false,"properties":{"safetyKnob":{"enum":["read-only","disabled-tools","confirmation","operations-gate","network"]}}},{"type":"object","required":["control","status"],"additionalProperties":false,"properties":{"control":{"type":"string","pattern":"^MAE-L[1-7]-[0-9]{2}$"},"status":{"oneOf":[{"$ref":"#/definitions/controlStatus"},{"type":"array","minItems":1,"items":{"$ref":"#/definitions/controlStatus"}}]}}},{"type":"object","required":["all"],"additionalProperties":false,"properties":{"all":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/condition"}}}},{"type":"object","required":["any"],"additionalProperties":false,"properties":{"any":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/condition"}}}},{"type":"object","required":["not"],"additionalProperties":false,"properties":{"not":{"$ref":"#/definitions/condition"}}}]}},"$ref":"#/definitions/condition"}`);

// src/maestro/plugins.ts
var RESERVED = ["MAE", "MRG", "CHK", "SCN"];
var SCENARIO_IDS = new Set(scenarios_default.scenarios.map((s) => s.id));
var validator = lazy(() => {
  const ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
  ajv.addFormat("regex", { type: "string", validate: (s) => compiles(s) });
  ajv.addFormat("uri", { type: "string", validate: (s) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(s) });
  ajv.addSchema(condition_schema_default);
  return ajv.compile(maestro_catalog_schema_default);
});
function compiles(source) {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
function hasNestedQuantifier(source) {
  const stack = [];
  let inner = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "[") {
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      continue;
    }
    if (ch === "(") {
      stack.push(inner);
      inner = false;
    } else if (ch === ")") {
      const had = inner;
      inner = stack.pop() ?? false;
      const next = source[i + 1];
      if (had && (next === "*" || next === "+" || next === "{")) return true;
      if (had) inner = true;
    } else if (ch === "*" || ch === "+" || ch === "?" || ch === "{") {
      inner = true;
    }
  }
  return false;
}
function patternsOf(value, out = []) {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => patternsOf(v, out));
  return out;
}
var PATTERN_KEYS = ["pattern", "contains", "property", "fields", "forbidden", "namePattern", "invisible", "phrases"];
function parsePluginCatalog(file) {
  const parsed = parseDocument(file.path, file.text, /\.ya?ml$/i.test(file.path) ? "yaml" : "json");
  if (!parsed.ok) return { errors: [parsed.error] };
  const doc = parsed.doc;
  const schemaErrors = validateWith(validator(), doc);
  if (schemaErrors.length > 0) {
    return { errors: schemaErrors.map((e) => ({ ...e, hint: `${e.hint ?? "fix the value"} (catalog plug-ins follow schemas/maestro-catalog.schema.json)` })) };
  }
  const raw = doc.value;
  const catalog = { ...raw, checks: raw.checks ?? [] };
  if (file.origin === "profile") {
    catalog.controls = catalog.controls.map(({ docs: _external, ...c }) => c);
  }
  const errors = [];
  const at = (path, message, hint) => {
    const { line, column } = doc.locate(path);
    errors.push({ path: file.path, line, column, message, hint });
  };
  if (catalog.checks.length > 0) at(["checks"], "a catalog plug-in cannot add checks", "remove `checks`; add controls instead (a check needs code: see docs/contributing-controls.md)");
  catalog.controls.forEach((c, i) => {
    const prefix = c.id.split("-")[0] ?? "";
    if (RESERVED.includes(prefix)) {
      at(["controls", i, "id"], `control id ${c.id} uses the reserved prefix ${prefix}-`, "give plug-in controls your own prefix, e.g. ACME-SECRETS-01");
    }
    if (!c.layers.includes(c.home)) at(["controls", i, "home"], `control ${c.id}: home ${c.home} is not one of its layers (${c.layers.join(", ")})`, `add ${c.home} to layers or pick one of them`);
    (c.mitigates ?? []).forEach((m, j) => {
      if (!SCENARIO_IDS.has(m.scenario)) {
        at(["controls", i, "mitigates", j, "scenario"], `control ${c.id} mitigates unknown scenario "${m.scenario}"`, `use one of ${[...SCENARIO_IDS].join(", ")}`);
      }
    });
    c.evidence.forEach((ref, j) => {
      for (const key of PATTERN_KEYS) {
        for (const p of patternsOf(ref.params?.[key])) {
          if (hasNestedQuantifier(p)) {
            at(["controls", i, "evidence", j, "params", key], `control ${c.id}: pattern /${p.slice(0, 60)}/ nests quantifiers and could run for ever on a crafted file`, "remove the quantifier on the group, e.g. (ab)+ instead of (a+b)+");
          }
        }
      }
    });
  });
  return errors.length > 0 ? { errors } : { catalog };
}
function mergeCatalogs(base, plugins) {
  const seen = new Map(base.controls.map((c) => [c.id, "the bundled catalog"]));
  const controls = [...base.controls];
  const errors = [];
  for (const p of plugins) {
    for (const c of p.catalog.controls) {
      const owner = seen.get(c.id);
      if (owner !== void 0) {
        errors.push({ path: p.path, message: `control ${c.id} is already defined by ${owner}`, hint: "give the control an id of its own" });
        continue;
      }
      seen.set(c.id, p.path);
      controls.push(c);
    }
  }
  return { catalog: { ...base, controls }, errors };
}
export {
  hasNestedQuantifier,
  mergeCatalogs,
  parsePluginCatalog
};
