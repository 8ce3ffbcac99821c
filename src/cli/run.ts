import { writeFile } from 'node:fs/promises';
import { CliUsageError, USAGE, parseCli, type ScanArgs } from './args.js';
import { scanRepository } from '../scan.js';
import { UsageError } from '../repo/discover.js';
import { renderJson } from '../report/json.js';
import { renderText } from '../report/text.js';
import { TOOL_VERSION } from '../version.js';
import { terminalSafe } from '../report/terminal-safe.js';

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean }): Promise<number> {
  try {
    const args = parseCli(argv);
    switch (args.command) {
      case 'help':
        io.stdout.write(USAGE + '\n');
        return 0;
      case 'version':
        io.stdout.write(TOOL_VERSION + '\n');
        return 0;
      case 'lock':
        io.stderr.write('mcp-risk-gate: the lock command is not wired in this build\n');
        return 2;
      case 'scan':
        return await scan(args, io);
    }
  } catch (err) {
    if (err instanceof CliUsageError || err instanceof UsageError) {
      io.stderr.write(`mcp-risk-gate: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`mcp-risk-gate: internal error: ${message}\nPlease report this with the command you ran.\n`);
    if (process.env['MCP_RISK_GATE_DEBUG'] && err instanceof Error) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

async function scan(args: ScanArgs, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; isTTY: boolean }): Promise<number> {
  const outcome = await scanRepository({
    dir: args.dir,
    ...(args.config !== undefined && { config: args.config }),
    ...(args.manifests.length > 0 && { manifests: args.manifests }),
    ...(args.tools !== undefined && { tools: args.tools }),
    ...(args.aivssVersion && { aivssVersion: args.aivssVersion }),
  });
  const format = args.format ?? (io.isTTY && !args.output ? 'text' : 'json');
  let body: string;
  switch (format) {
    case 'json':
      body = renderJson(outcome.result);
      break;
    case 'text':
      body = renderText(outcome.result, { color: args.color ?? (io.isTTY && !args.output && !process.env['NO_COLOR']) });
      break;
    default:
      io.stderr.write(`mcp-risk-gate: --format ${format} is not available in this build\n`);
      return 2;
  }
  if (args.output) await writeFile(args.output, body);
  else io.stdout.write(body);
  if (outcome.result.errors.length > 0) {
    io.stderr.write(`mcp-risk-gate: ${outcome.result.errors.length} input error(s); fix them and run again (exit 2)\n`);
    for (const e of outcome.result.errors.slice(0, 10)) {
      const where = `${e.path}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}`;
      io.stderr.write(`  ${terminalSafe(where)}: ${terminalSafe(e.message, 400)}${e.hint ? ` (fix: ${terminalSafe(e.hint, 400)})` : ''}\n`);
    }
  }
  return outcome.exitCode;
}

