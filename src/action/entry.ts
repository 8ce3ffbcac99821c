/**
 * The Action's entry (dist/index.js). @actions/github parses the event file while it is imported,
 * so a malformed file threw a SyntaxError with a stack trace before run() could catch anything:
 * the file is checked first, and the Action proper is loaded only when it parses.
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';

/** Why the event file cannot be used, or undefined when it parses (or is absent, as @actions/github allows). */
export function eventFileProblem(path: string | undefined): string | undefined {
  if (path === undefined || path === '') return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return `The GitHub event file ${path} (GITHUB_EVENT_PATH) is not valid JSON: ${error instanceof Error ? error.message : String(error)}. The runner writes this file; re-run the job, and check that no earlier step overwrites it.`;
  }
}

const problem = eventFileProblem(process.env['GITHUB_EVENT_PATH']);
if (problem !== undefined) {
  // Fail closed for later steps too: a run that could not start never leaves `decision` empty.
  core.setOutput('decision', 'error');
  core.setFailed(problem);
} else await import('./main.js');
