import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);
import {
  __require
} from "./index-chunk-PEMTES5Y.js";

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

// src/manifest/json-index.ts
var INDEX_DEPTH = 1;
var MAX_DEPTH = 64;
function indexJson(text, from = 0) {
  const start = skipSpace(text, from);
  const root = { offset: from, valueOffset: start };
  const frames = [];
  let depthNow = -1;
  const structural = /["{}[\],]/g;
  let expectKey = false;
  let i = start;
  for (; ; ) {
    structural.lastIndex = i;
    if (!structural.test(text)) break;
    i = structural.lastIndex - 1;
    const c = text.charCodeAt(i);
    const top = depthNow >= 0 ? frames[depthNow] : void 0;
    if (c === 34) {
      const end = stringEnd(text, i);
      if (expectKey && top !== void 0) {
        const problem = memberKey(text, top, i, end);
        if (problem) return { root, problem };
        expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (c === 123 || c === 91) {
      const depth = depthNow + 1;
      if (depth > MAX_DEPTH) {
        return { root, problem: { offset: i, message: `nesting deeper than ${MAX_DEPTH} levels`, hint: "flatten the document; no manifest needs this depth" } };
      }
      const node = depth >= INDEX_DEPTH ? void 0 : top ? top.last : root;
      const frame = openFrame(frames, depth, c === 91, node);
      depthNow = depth;
      expectKey = c === 123;
      i++;
      if (frame.array && node) item(text, frame, i);
      continue;
    }
    if (c === 125 || c === 93) {
      depthNow--;
      expectKey = false;
      i++;
      if (depthNow < 0 && from > 0) break;
      continue;
    }
    i++;
    if (top) {
      if (!top.array) expectKey = true;
      else {
        top.index++;
        if (top.node) item(text, top, i);
      }
    }
  }
  return { root };
}
function openFrame(frames, depth, array, node) {
  const frame = frames[depth];
  if (!frame) return frames[depth] = { array, index: 0, node, last: void 0, keys: void 0 };
  frame.array = array;
  frame.index = 0;
  frame.node = node;
  frame.last = void 0;
  if (Array.isArray(frame.keys)) frame.keys.length = 0;
  else frame.keys = void 0;
  return frame;
}
function skipSpace(text, i) {
  for (; ; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}
function stringEnd(text, start) {
  let end = text.indexOf('"', start + 1);
  while (end !== -1) {
    let backslashes = 0;
    for (let k = end - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if ((backslashes & 1) === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length - 1;
}
function memberKey(text, frame, start, end) {
  const raw = text.slice(start + 1, end);
  const key = raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
  if (key === "__proto__") return { offset: start, message: 'forbidden key "__proto__"', hint: "remove the key: it can alter object prototypes in consumers" };
  let keys = frame.keys;
  if (keys === void 0) keys = frame.keys = [];
  else if (Array.isArray(keys) && keys.length >= 16) keys = frame.keys = new Set(keys);
  if (Array.isArray(keys) ? keys.includes(key) : keys.has(key)) {
    return { offset: start, message: `duplicate key "${key}"`, hint: "keep one occurrence: JSON parsers disagree on which one wins" };
  }
  if (Array.isArray(keys)) keys.push(key);
  else keys.add(key);
  if (frame.node) record(frame, key, start, skipSpace(text, text.indexOf(":", end + 1) + 1));
  return void 0;
}
function item(text, frame, after) {
  const at = skipSpace(text, after);
  if (text.charCodeAt(at) !== 93) record(frame, frame.index, at, at);
}
function record(frame, key, offset, valueOffset) {
  const node = { offset, valueOffset };
  (frame.node.children ??= /* @__PURE__ */ new Map()).set(key, node);
  frame.last = node;
}
function nearestNode(index, path) {
  let node = index.root;
  let depth = 0;
  for (const part of path) {
    const child = node.children?.get(part);
    if (!child) break;
    node = child;
    depth++;
  }
  return { node, depth };
}

// src/manifest/position.ts
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  at(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
};
function formatPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || "(document root)";
}
function pointerToPath(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")).map((p) => /^(0|[1-9]\d*)$/.test(p) ? Number(p) : p);
}

// src/manifest/parse.ts
var yaml = lazy(() => require("../vendor/js-yaml.cjs"));
var jsonc = lazy(() => require("../vendor/jsonc-parser.cjs"));
var MAX_YAML_ALIASES = 64;
var MAX_DEPTH2 = 64;
function parseDocument(path, text, syntax) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  return syntax === "json" ? parseJson(path, body) : parseYaml(path, body);
}
function fail(path, lines, offset, message, hint) {
  const { line, column } = lines.at(offset);
  return { ok: false, error: { path, line, column, message, hint } };
}
function parseJson(path, text) {
  const lines = new LineIndex(text);
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    if (err instanceof RangeError) {
      return fail(path, lines, 0, "nesting too deep to parse", "flatten the document; no manifest needs this depth");
    }
    return jsonSyntaxError(path, text, lines);
  }
  const index = indexJson(text);
  if (index.problem) return fail(path, lines, index.problem.offset, index.problem.message, index.problem.hint);
  return {
    ok: true,
    doc: {
      path,
      syntax: "json",
      value,
      locate: (p) => lines.at(locateJson(text, index, p))
    }
  };
}
function locateJson(text, index, path) {
  let current = index;
  let rest = path;
  let offset = index.root.offset;
  for (; ; ) {
    const { node, depth } = nearestNode(current, rest);
    if (depth > 0) offset = node.offset;
    if (depth === rest.length || depth < INDEX_DEPTH) return offset;
    current = subIndex(text, index, node.valueOffset);
    rest = rest.slice(depth);
  }
}
function subIndex(text, index, offset) {
  let subs = subIndexes.get(index);
  if (!subs) {
    subs = /* @__PURE__ */ new Map();
    subIndexes.set(index, subs);
  }
  let sub = subs.get(offset);
  if (!sub) {
    sub = indexJson(text, offset);
    subs.set(offset, sub);
  }
  return sub;
}
var subIndexes = /* @__PURE__ */ new WeakMap();
function jsonSyntaxError(path, text, lines) {
  const errors = [];
  try {
    jsonc().parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
  }
  const first = errors[0];
  return fail(
    path,
    lines,
    first?.offset ?? 0,
    `invalid JSON: ${first ? describeJsonError(jsonc().printParseErrorCode(first.error)) : text.trim() === "" ? "the file is empty" : "malformed document"}`,
    "fix the syntax at this position (unquoted keys, trailing commas and comments are not JSON)"
  );
}
function describeJsonError(code) {
  const words = {
    InvalidSymbol: "unexpected character",
    InvalidNumberFormat: "malformed number",
    PropertyNameExpected: "a property name in double quotes was expected",
    ValueExpected: "a value was expected",
    ColonExpected: "a colon was expected",
    CommaExpected: "a comma was expected",
    CloseBraceExpected: "a closing } was expected",
    CloseBracketExpected: "a closing ] was expected",
    EndOfFileExpected: "extra content after the end of the document",
    InvalidCommentToken: "comments are not allowed in JSON",
    UnexpectedEndOfComment: "unterminated comment",
    UnexpectedEndOfString: "unterminated string",
    UnexpectedEndOfNumber: "unterminated number",
    InvalidUnicode: "invalid \\u escape",
    InvalidEscapeCharacter: "invalid escape character",
    InvalidCharacter: "invalid character in string"
  };
  return words[code] ?? code;
}
function parseYaml(path, text) {
  const lines = new LineIndex(text);
  let value;
  let events;
  try {
    value = yaml().load(text, { filename: path, maxAliases: MAX_YAML_ALIASES, maxDepth: MAX_DEPTH2 });
    events = yaml().parseEvents(text, { filename: path, maxDepth: MAX_DEPTH2 });
  } catch (err) {
    if (err instanceof yaml().YAMLException) {
      const line = (err.mark?.line ?? 0) + 1;
      const column = (err.mark?.column ?? 0) + 1;
      return { ok: false, error: { path, line, column, message: `invalid YAML: ${err.reason}`, hint: yamlHint(err.reason) } };
    }
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { path, line: 1, column: 1, message: `invalid YAML: ${message}`, hint: "check the file is UTF-8 YAML" } };
  }
  const index = indexYamlEvents(text, events);
  if (index.forbidden !== void 0) {
    return fail(path, lines, index.forbidden, 'forbidden key "__proto__"', "remove the key: it can alter object prototypes in consumers");
  }
  return {
    ok: true,
    doc: {
      path,
      syntax: "yaml",
      value,
      locate: (p) => {
        for (let n = p.length; n >= 0; n--) {
          const off = index.offsets.get(pathKey(p.slice(0, n)));
          if (off !== void 0) return lines.at(off);
        }
        return { line: 1, column: 1 };
      }
    }
  };
}
function yamlHint(reason) {
  if (reason.includes("maxAliases")) return `remove repeated aliases (*name): at most ${MAX_YAML_ALIASES} are accepted, to stop alias bombs`;
  if (reason.includes("duplicated mapping key")) return "keep one occurrence of the key";
  if (reason.includes("unknown") && reason.includes("tag")) return "remove the custom tag (!tag): only plain YAML is accepted";
  if (reason.includes("depth")) return `flatten the document: at most ${MAX_DEPTH2} nesting levels`;
  return "fix the YAML syntax at this position (indentation, quotes, colons)";
}
function pathKey(path) {
  return path.map((p) => typeof p === "number" ? `#${p}` : `.${p}`).join("");
}
function indexYamlEvents(text, events) {
  const offsets = /* @__PURE__ */ new Map([["", 0]]);
  const stack = [];
  let forbidden;
  let documents = 0;
  const childPath = (frame) => frame.kind === "seq" ? [...frame.path, frame.index] : frame.key !== void 0 ? [...frame.path, frame.key] : void 0;
  const place = (start) => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.kind === "map" && top.expectKey) return null;
    const p = childPath(top);
    const at = top.kind === "map" ? top.keyOffset ?? start : start;
    if (p && at >= 0) offsets.set(pathKey(p), at);
    return p ?? [];
  };
  const advance = () => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === "seq") top.index++;
    else top.expectKey = !top.expectKey;
  };
  for (const ev of events) {
    switch (ev.type) {
      case 1:
        documents++;
        break;
      case 2:
      case 3: {
        if (documents > 1) break;
        const p = place(ev.start);
        if (p === null) {
          stack.push({ kind: ev.type === 3 ? "map" : "seq", path: ["\0complex-key"], index: 0, expectKey: true });
          break;
        }
        stack.push({ kind: ev.type === 3 ? "map" : "seq", path: p, index: 0, expectKey: true });
        break;
      }
      case 4: {
        const top = stack[stack.length - 1];
        if (top && top.kind === "map" && top.expectKey) {
          const key = yaml().getScalarValue(text, ev);
          top.key = key;
          top.keyOffset = ev.valueStart;
          if (key === "__proto__" && forbidden === void 0) forbidden = ev.valueStart;
        } else {
          place(ev.valueStart >= 0 ? ev.valueStart : Math.max(ev.tagStart, ev.anchorStart));
        }
        advance();
        break;
      }
      case 5:
        place(ev.anchorStart > 0 ? ev.anchorStart - 1 : -1);
        advance();
        break;
      case 6:
        if (stack.length > 0) {
          stack.pop();
          advance();
        }
        break;
    }
  }
  return forbidden === void 0 ? { offsets } : { offsets, forbidden };
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

// src/manifest/validate.ts
var VALIDATORS = {
  "registry-server": registryServer,
  "mcp-tool": mcpTool,
  "mcpb-manifest": mcpbManifest,
  smithery,
  "docker-catalog": dockerCatalog,
  "toolhive-spec": toolhiveSpec,
  "mcp-servers-config": mcpServersConfig,
  "mcp-risk": mcpRisk,
  "org-policy": orgPolicy
};
var MAX_ERRORS_PER_FILE = 20;
function validateAgainst(name, doc, value = doc.value, basePath = []) {
  return validateWith(VALIDATORS[name], doc, value, basePath);
}
function validateWith(fn, doc, value = doc.value, basePath = []) {
  if (fn(value)) return [];
  const errors = (fn.errors ?? []).filter(keepMostSpecific);
  return errors.slice(0, MAX_ERRORS_PER_FILE).map((e) => toInputError(doc, e, basePath));
}
function keepMostSpecific(e) {
  return e.keyword !== "anyOf" && e.keyword !== "oneOf" && e.keyword !== "if";
}
function toInputError(doc, e, basePath) {
  const path = [...basePath, ...pointerToPath(e.instancePath)];
  const params = e.params;
  let message;
  let hint;
  let at = path;
  switch (e.keyword) {
    case "required":
      message = `${formatPath(path)} is missing the required field "${String(params["missingProperty"])}"`;
      hint = `add "${String(params["missingProperty"])}"`;
      break;
    case "additionalProperties":
      at = [...path, String(params["additionalProperty"])];
      message = `unknown field "${String(params["additionalProperty"])}" in ${formatPath(path)}`;
      hint = "remove it or fix its spelling (see the schema for the allowed fields)";
      break;
    case "enum":
      message = `${formatPath(path)} must be one of ${params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")}`;
      hint = "use one of the allowed values";
      break;
    case "const":
      message = `${formatPath(path)} must be ${JSON.stringify(params["allowedValue"])}`;
      hint = `set it to ${JSON.stringify(params["allowedValue"])}`;
      break;
    case "type":
      message = `${formatPath(path)} must be of type ${String(params["type"])}`;
      hint = `change the value to a ${String(params["type"])}`;
      break;
    default:
      message = `${formatPath(path)} ${e.message ?? "is invalid"}`;
      hint = "correct the value (see the schema)";
  }
  const { line, column } = doc.locate(at);
  return { path: doc.path, line, column, message, hint };
}

// data/aivss/scenarios.json
var scenarios_default = JSON.parse(`{"$schema":"../../schemas/aivss-scenarios.schema.json","description":"Threat scenarios of the OWASP AIVSS v0.8 core risks, composed per server. Each metric takes the value of its first rule whose condition holds (a rule without \`when\` always holds); {tools} and {evidence} in a reason are filled from what matched. A present control in mitigatedBy lowers the scenario: \`set\` moves exploitability metrics to harder values, \`strength\` sets the AIVSS Mitigation Factor (strong 0.67, partial 0.83; three partial count as strong). Conditions use the rubric's condition language.","scenariosVersion":1,"metricOrder":["AV","AC","AT","PR","UI","VC","VI","VA","SC","SI","SA"],"scenarios":[{"id":"tool-misuse","risk":"Agentic AI Tool Misuse","title":"An injected or mistaken agent misuses the server's tools","when":{"surface":"known"},"metrics":{"AV":[{"value":"N","reason":"Attacker-controlled content can reach the agent that calls these tools ({evidence})","when":{"any":[{"effect":"untrusted-content"},{"effect":"write"},{"effect":"egress"},{"capability":"remote"},{"capability":"credentials"},{"surface":"unknown"}]}},{"value":"L","reason":"No attacker-controlled input reaches these tools: a local computation on the caller's own arguments"}],"AC":[{"value":"L","reason":"No special conditions beyond getting content into the agent's context"}],"AT":[{"value":"P","reason":"The attack needs injected content or a mistaken agent in the loop first"}],"PR":[{"value":"N","reason":"The attacker needs no account on the server"}],"UI":[{"value":"P","reason":"A user must run the agent on the task that carries the injection"}],"VC":[{"value":"H","reason":"Tools read private data: {tools}","when":{"effect":"private-data"}},{"value":"H","reason":"The server reads the same account it can change ({tools}), so a hijacked agent reads private data","when":{"all":[{"effect":"read"},{"effect":"write","without":["memory"]}]}},{"value":"L","reason":"Tools read stored memory, an account through the server's credential, or send model-written data out ({evidence}): limited disclosure","when":{"any":[{"effect":"memory"},{"effect":"egress"},{"all":[{"effect":"read"},{"capability":"credentials"}]}]}},{"value":"N","reason":"Nothing confidential is read: the tools return public or computed data"}],"VI":[{"value":"H","reason":"Tools change data outside the agent's own memory ({tools})","when":{"effect":"write","without":["memory"]}},{"value":"L","reason":"The agent relies on what the tools return (or on its own memory store), so a wrong answer misleads it"}],"VA":[{"value":"H","reason":"Tools destroy or take down infrastructure ({tools})","when":{"any":[{"all":[{"effect":"destructive"},{"effect":"infrastructure"}]},{"all":[{"effect":"execute"},{"effect":"infrastructure"}]}]}},{"value":"L","reason":"Tools delete or overwrite data ({tools}), recoverably or within a bounded scope","when":{"effect":"write"}},{"value":"N","reason":"No tool changes or removes anything"}],"SC":[{"value":"H","reason":"Tools run code or deploy to other systems ({tools}), reaching their data","when":{"any":[{"effect":"execute"},{"all":[{"effect":"publish"},{"effect":"infrastructure"}]}]}},{"value":"L","reason":"Tools send data to other systems or change shared infrastructure ({tools})","when":{"any":[{"effect":"infrastructure"},{"effect":"egress"},{"effect":"publish"}]}},{"value":"N","reason":"No other system's data is reachable through the tools"}],"SI":[{"value":"H","reason":"The harm lands on other systems: money, deployed code or infrastructure ({tools})","when":{"any":[{"effect":"money"},{"effect":"publish"},{"effect":"execute"},{"effect":"infrastructure"}]}},{"value":"L","reason":"What the tools return or store steers later work (memory, fetched content, written files: {tools})","when":{"any":[{"effect":"memory","with":["write"]},{"effect":"untrusted-content"},{"effect":"egress"}]}},{"value":"N","reason":"Nothing the tools do reaches other systems"}],"SA":[{"value":"H","reason":"Tools can take down infrastructure or run code on it ({tools})","when":{"any":[{"effect":"execute"},{"all":[{"effect":"infrastructure"},{"effect":"destructive"}]}]}},{"value":"L","reason":"Tools push changes that other systems consume ({tools})","when":{"effect":"publish"}},{"value":"N","reason":"No other system's availability is reachable"}]},"mitigatedBy":[{"control":"MAE-L3-03","strength":"strong","set":{"UI":"A"},"why":"a person approves each high-impact call"},{"control":"MAE-L3-04","strength":"partial","why":"operators can run the server read-only or with an allowlist of tools"},{"control":"MAE-L6-03","strength":"partial","why":"the credential only reaches what the tools need"},{"control":"MAE-L6-07","strength":"partial","why":"a deny list stops calls on critical resources"},{"control":"MAE-L7-03","strength":"partial","why":"blast-radius caps and a kill switch bound the damage"},{"control":"MAE-L3-05","strength":"partial","why":"arguments never become shell or code"}]},{"id":"unknown-surface","risk":"Agentic AI Tool Misuse","title":"No tool list: what an agent can do through this server is unknown","when":{"surface":"unknown"},"metrics":{"AV":[{"value":"N","reason":"The tools are unknown, so nothing shows attacker content cannot reach them"}],"AC":[{"value":"L","reason":"No special conditions beyond getting content into the agent's context"}],"AT":[{"value":"P","reason":"The attack needs injected content or a mistaken agent in the loop first"}],"PR":[{"value":"N","reason":"The attacker needs no account on the server"}],"UI":[{"value":"P","reason":"A user must run the agent on the task that carries the injection"}],"VC":[{"value":"L","reason":"Unknown tools may read data"}],"VI":[{"value":"L","reason":"Unknown tools may change data"}],"VA":[{"value":"N","reason":"Nothing shows the tools can remove anything"}],"SC":[{"value":"N","reason":"Nothing shows other systems are reachable"}],"SI":[{"value":"N","reason":"Nothing shows other systems are reachable"}],"SA":[{"value":"N","reason":"Nothing shows other systems are reachable"}]},"mitigatedBy":[]},{"id":"goal-manipulation","risk":"Agent Goal and Instruction Manipulation","title":"Content the tools return carries instructions that steer the agent","when":{"effect":"untrusted-content"},"metrics":{"AV":[{"value":"N","reason":"Outside content enters the agent's context through {tools}"}],"AC":[{"value":"L","reason":"No special conditions beyond getting content into the agent's context"}],"AT":[{"value":"P","reason":"The attack needs injected content or a mistaken agent in the loop first"}],"PR":[{"value":"N","reason":"The attacker needs no account on the server"}],"UI":[{"value":"P","reason":"A user must run the agent on the task that carries the injection"}],"VC":[{"value":"L","reason":"Steered by injected text, the agent can leak what is in its context through egress tools ({tools})","when":{"effect":"egress"}},{"value":"N","reason":"The steered agent has no way out for data through this server"}],"VI":[{"value":"L","reason":"The agent's answers and plans follow the injected text"}],"VA":[{"value":"N","reason":"Steering alone removes nothing"}],"SC":[{"value":"N","reason":"Steering alone reaches no other system"}],"SI":[{"value":"L","reason":"The agent carries injected instructions into later work"}],"SA":[{"value":"N","reason":"Steering alone reaches no other system"}]},"mitigatedBy":[{"control":"MAE-L2-01","strength":"partial","why":"returned content is labelled as untrusted data"},{"control":"MAE-L2-03","strength":"partial","why":"requests only reach allow-listed hosts"},{"control":"MAE-L2-02","strength":"partial","why":"results are scrubbed of secrets"}]},{"id":"exfiltration-flow","risk":"Agentic AI Tool Misuse","title":"Injected content walks the agent from private data to a way out (toxic flow)","when":{"all":[{"effect":"private-data"},{"effect":"untrusted-content"},{"any":[{"effect":"egress"},{"effect":"publish"}]}]},"metrics":{"AV":[{"value":"N","reason":"Injected content reaches the agent through {tools}","when":{"effect":"untrusted-content"}},{"value":"N","reason":"Injected content reaches the agent through a content tool"}],"AC":[{"value":"L","reason":"No special conditions: the three tools are offered together"}],"AT":[{"value":"P","reason":"The attacker must first get content in front of the agent"}],"PR":[{"value":"N","reason":"The attacker needs no account on the server"}],"UI":[{"value":"P","reason":"A user must run the agent on the task that reads the injected content"}],"VC":[{"value":"H","reason":"The agent can read private data through {tools} and hand it to a tool that sends it out","when":{"effect":"private-data"}},{"value":"H","reason":"The agent can read private data and hand it to a tool that sends it out"}],"VI":[{"value":"N","reason":"Reading and sending change nothing here"}],"VA":[{"value":"N","reason":"Reading and sending remove nothing"}],"SC":[{"value":"L","reason":"The data lands on a system the attacker chooses, through {tools}","when":{"any":[{"effect":"egress"},{"effect":"publish"}]}},{"value":"L","reason":"The data lands on a system the attacker chooses"}],"SI":[{"value":"N","reason":"The way out writes nothing the attacker needs"}],"SA":[{"value":"N","reason":"Nothing is taken down"}]},"mitigatedBy":[{"control":"MAE-L3-03","strength":"strong","set":{"UI":"A"},"why":"a human confirms each call of the tool that sends data out"},{"control":"MAE-L2-03","strength":"strong","set":{"SC":"N"},"why":"data can only reach allow-listed destinations"},{"control":"MAE-L2-01","strength":"partial","why":"returned content is labelled as untrusted data, so it is not read as instructions"}]},{"id":"access-control","risk":"Agent Access Control Violation","title":"Anyone who reaches the network endpoint calls the tools","when":{"all":[{"any":[{"capability":"remote"},{"capability":"local-http"}]},{"any":[{"effect":"write"},{"effect":"private-data"},{"capability":"credentials"}]}]},"metrics":{"AV":[{"value":"N","reason":"The server listens on a network transport ({evidence})"}],"AC":[{"value":"L","reason":"Reaching the endpoint is enough"}],"AT":[{"value":"N","reason":"No other condition is needed"}],"PR":[{"value":"N","reason":"Nothing shows the endpoint requires an account"}],"UI":[{"value":"N","reason":"No user takes part"}],"VC":[{"value":"H","reason":"Tools read private data: {tools}","when":{"effect":"private-data"}},{"value":"H","reason":"The server reads the same account it can change ({tools}), so a hijacked agent reads private data","when":{"all":[{"effect":"read"},{"effect":"write","without":["memory"]}]}},{"value":"L","reason":"Tools read stored memory, an account through the server's credential, or send model-written data out ({evidence}): limited disclosure","when":{"any":[{"effect":"memory"},{"effect":"egress"},{"all":[{"effect":"read"},{"capability":"credentials"}]}]}},{"value":"N","reason":"Nothing confidential is read: the tools return public or computed data"}],"VI":[{"value":"H","reason":"Tools change data outside the agent's own memory ({tools})","when":{"effect":"write","without":["memory"]}},{"value":"L","reason":"The agent relies on what the tools return (or on its own memory store), so a wrong answer misleads it"}],"VA":[{"value":"H","reason":"Tools destroy or take down infrastructure ({tools})","when":{"any":[{"all":[{"effect":"destructive"},{"effect":"infrastructure"}]},{"all":[{"effect":"execute"},{"effect":"infrastructure"}]}]}},{"value":"L","reason":"Tools delete or overwrite data ({tools}), recoverably or within a bounded scope","when":{"effect":"write"}},{"value":"N","reason":"No tool changes or removes anything"}],"SC":[{"value":"H","reason":"Tools run code or deploy to other systems ({tools}), reaching their data","when":{"any":[{"effect":"execute"},{"all":[{"effect":"publish"},{"effect":"infrastructure"}]}]}},{"value":"L","reason":"Tools send data to other systems or change shared infrastructure ({tools})","when":{"any":[{"effect":"infrastructure"},{"effect":"egress"},{"effect":"publish"}]}},{"value":"N","reason":"No other system's data is reachable through the tools"}],"SI":[{"value":"H","reason":"The harm lands on other systems: money, deployed code or infrastructure ({tools})","when":{"any":[{"effect":"money"},{"effect":"publish"},{"effect":"execute"},{"effect":"infrastructure"}]}},{"value":"L","reason":"What the tools return or store steers later work (memory, fetched content, written files: {tools})","when":{"any":[{"effect":"memory","with":["write"]},{"effect":"untrusted-content"},{"effect":"egress"}]}},{"value":"N","reason":"Nothing the tools do reaches other systems"}],"SA":[{"value":"H","reason":"Tools can take down infrastructure or run code on it ({tools})","when":{"any":[{"effect":"execute"},{"all":[{"effect":"infrastructure"},{"effect":"destructive"}]}]}},{"value":"L","reason":"Tools push changes that other systems consume ({tools})","when":{"effect":"publish"}},{"value":"N","reason":"No other system's availability is reachable"}]},"mitigatedBy":[{"control":"MAE-L6-01","strength":"strong","set":{"PR":"L"},"why":"callers must authenticate"},{"control":"MAE-L6-04","strength":"partial","why":"each request is authorised"},{"control":"MAE-L6-02","strength":"partial","why":"tokens are checked for this audience"},{"control":"MAE-L4-02","strength":"partial","set":{"AC":"H"},"why":"the transport is hardened (TLS, origin checks)"}]},{"id":"identity","risk":"Agent Identity Impersonation","title":"A confused deputy: the server's OAuth grant or session serves the wrong caller","when":{"any":[{"capability":"oauth-proxy"},{"all":[{"capability":"stateful"},{"any":[{"capability":"remote"},{"capability":"local-http"}]}]}]},"metrics":{"AV":[{"value":"N","reason":"The server brokers identity over the network ({evidence})"}],"AC":[{"value":"H","reason":"The attacker must win a consent or session race"}],"AT":[{"value":"P","reason":"A victim must hold a live grant or session"}],"PR":[{"value":"N","reason":"The attacker needs no account"}],"UI":[{"value":"A","reason":"The victim must follow a crafted link"}],"VC":[{"value":"H","reason":"Tools read private data: {tools}","when":{"effect":"private-data"}},{"value":"H","reason":"The server reads the same account it can change ({tools}), so a hijacked agent reads private data","when":{"all":[{"effect":"read"},{"effect":"write","without":["memory"]}]}},{"value":"L","reason":"Tools read stored memory, an account through the server's credential, or send model-written data out ({evidence}): limited disclosure","when":{"any":[{"effect":"memory"},{"effect":"egress"},{"all":[{"effect":"read"},{"capability":"credentials"}]}]}},{"value":"N","reason":"Nothing confidential is read: the tools return public or computed data"}],"VI":[{"value":"H","reason":"Tools change data outside the agent's own memory ({tools})","when":{"effect":"write","without":["memory"]}},{"value":"L","reason":"The agent relies on what the tools return (or on its own memory store), so a wrong answer misleads it"}],"VA":[{"value":"N","reason":"Impersonation alone takes nothing down"}],"SC":[{"value":"N","reason":"Other systems are reached only through the tools"}],"SI":[{"value":"N","reason":"Other systems are reached only through the tools"}],"SA":[{"value":"N","reason":"Other systems are reached only through the tools"}]},"mitigatedBy":[{"control":"MAE-L6-06","strength":"strong","why":"per-client consent and exact redirect URIs"},{"control":"MAE-L6-05","strength":"partial","why":"session ids are random and bound to the user"},{"control":"MAE-L2-05","strength":"partial","why":"state is isolated per user"}]},{"id":"supply-chain","risk":"Agent Supply Chain and Dependency Attacks","title":"A poisoned dependency or release runs with the server's access","when":{"surface":"any"},"metrics":{"AV":[{"value":"N","reason":"Dependencies and releases arrive over the network"}],"AC":[{"value":"H","reason":"The attacker must compromise a dependency or the release pipeline first"}],"AT":[{"value":"P","reason":"The poisoned version must be published and picked up"}],"PR":[{"value":"N","reason":"No account on the server is needed"}],"UI":[{"value":"P","reason":"A user must install or update the server"}],"VC":[{"value":"H","reason":"The server process holds credentials that can change an account ({evidence})","when":{"all":[{"capability":"credentials"},{"effect":"write","without":["memory"]}]}},{"value":"L","reason":"The process can read what the user who runs it can"}],"VI":[{"value":"L","reason":"The process can change what the user who runs it can"}],"VA":[{"value":"N","reason":"Nothing shows a poisoned release would take systems down"}],"SC":[{"value":"N","reason":"Other systems are reached only through the tools"}],"SI":[{"value":"N","reason":"Other systems are reached only through the tools"}],"SA":[{"value":"N","reason":"Other systems are reached only through the tools"}]},"mitigatedBy":[{"control":"MAE-L4-04","strength":"partial","why":"dependencies are locked, updated and scanned"},{"control":"MAE-L7-01","strength":"partial","why":"releases are pinned and verifiable"},{"control":"MAE-L3-06","strength":"partial","why":"tool definitions only change through review"},{"control":"MAE-L4-01","strength":"partial","why":"credentials are declared secrets, never in the code"}]},{"id":"untraceability","risk":"Agent Untraceability","title":"Changes an agent makes cannot be traced to a caller and a call","when":{"effect":"write"},"metrics":{"AV":[{"value":"N","reason":"Attacker-controlled content can reach the agent that calls these tools ({evidence})","when":{"any":[{"effect":"untrusted-content"},{"effect":"write"},{"effect":"egress"},{"capability":"remote"},{"capability":"credentials"},{"surface":"unknown"}]}},{"value":"L","reason":"No attacker-controlled input reaches these tools: a local computation on the caller's own arguments"}],"AC":[{"value":"L","reason":"No special conditions beyond getting content into the agent's context"}],"AT":[{"value":"P","reason":"The attack needs injected content or a mistaken agent in the loop first"}],"PR":[{"value":"N","reason":"The attacker needs no account on the server"}],"UI":[{"value":"P","reason":"A user must run the agent on the task that carries the injection"}],"VC":[{"value":"N","reason":"Missing traces disclose nothing"}],"VI":[{"value":"L","reason":"Unexplained changes cannot be reviewed or undone with confidence ({tools})"}],"VA":[{"value":"N","reason":"Missing traces take nothing down"}],"SC":[{"value":"N","reason":"Missing traces reach no other system"}],"SI":[{"value":"L","reason":"Incident response on other systems lacks the trail","when":{"any":[{"effect":"infrastructure"},{"effect":"money"},{"effect":"publish"}]}},{"value":"N","reason":"Missing traces reach no other system"}],"SA":[{"value":"N","reason":"Missing traces reach no other system"}]},"mitigatedBy":[{"control":"MAE-L5-01","strength":"strong","why":"every tool call is logged with caller and arguments"},{"control":"MAE-L7-04","strength":"partial","why":"actions are attributed to an end user"},{"control":"MAE-L5-03","strength":"partial","why":"unusual activity raises an alert"}]}],"hygiene":{"vector":"CVSS:4.0/AV:N/AC:H/AT:P/PR:N/UI:P/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N","threat":"unreported","reason":"On this server the control guards no scenario that applies; its absence is a hygiene gap, scored as a low, unreported exposure."}}`);

export {
  lazy,
  parseDocument,
  mcpToolsLock,
  reportArtifact,
  validateAgainst,
  validateWith,
  scenarios_default
};
