import { createRequire as __mrgCreateRequire } from 'node:module';
const require = __mrgCreateRequire(import.meta.url);

// src/introspect/errors.ts
var IntrospectionError = class extends Error {
  code;
  exitCode;
  signal;
  stderrTail;
  hint;
  constructor(code, message, details = {}) {
    super(message, details.cause !== void 0 ? { cause: details.cause } : void 0);
    this.name = "IntrospectionError";
    this.code = code;
    this.exitCode = details.exitCode;
    this.signal = details.signal;
    this.stderrTail = details.stderrTail ?? [];
    this.hint = details.hint;
  }
  /** The message, the hint and the last stderr lines, ready to print. */
  describe() {
    const parts = [this.message];
    if (this.hint) parts.push(this.hint);
    if (this.stderrTail.length > 0) parts.push(`Last lines the server wrote to stderr:
${this.stderrTail.map((l) => `  | ${l}`).join("\n")}`);
    return parts.join("\n");
  }
};

// src/introspect/command.ts
function splitCommand(line) {
  const words = [];
  let word = "";
  let inWord = false;
  let quote;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quote === "'") {
      if (ch === "'") quote = void 0;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = void 0;
      else if (ch === "\\" && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) word += line[++i];
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === "\\" && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) throw new IntrospectionError("usage", `introspect-command has an unclosed ${quote} quote: ${line}`);
  if (inWord) words.push(word);
  const [command, ...args] = words;
  if (command === void 0) throw new IntrospectionError("usage", "introspect-command is empty", { hint: 'Give the command that starts the server, e.g. "node dist/index.js".' });
  return { command, args };
}

export {
  IntrospectionError,
  splitCommand
};
