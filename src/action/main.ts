/**
 * The GitHub Action adapter (bundled to dist/index.js). It reads inputs, runs the scan (or, in
 * report mode, reads a validated artifact), decides, and writes every channel: outputs, job
 * summary (always, in finally), annotations, SARIF, JSON and the sticky PR comment.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import type { ScanResult } from '../model/result.js';
import type { AivssVersion } from '../model/config.js';
import { hasChanges } from '../policy/delta.js';
import { PolicyInputError } from '../policy/settings.js';
import { applyPolicy, type Gated, type OrgContext } from '../policy/gate.js';
import { readOrgPolicy } from '../policy/org-file.js';
import { parseCommentFindingIds, renderMarkdown, waiverProblemText, waiverProblems } from '../report/markdown.js';
import { renderSarif, sarifToString } from '../report/sarif.js';
import { createGitHubClient } from '../github/client.js';
import { syncStickyComment, type CommentTarget } from '../github/comment.js';
import { scanRepository, type ApprovalCheck } from '../scan.js';
import { checkProfileApproval } from '../github/approvals.js';
import { planAnnotations } from './annotations.js';
import { ARTIFACT_FILE, ArtifactError, buildArtifact, parseArtifact } from './artifact.js';
import { ActionInputError, readInputs, type ActionInputs } from './inputs.js';
import { createRedactor, type Redactor } from '../redact/index.js';
import { introspectionSecrets } from '../introspect/secrets.js';

/** The scan entry's contract (SPEC: the lead's `scanRepository`); base and introspection are optional there. */
interface ScanRequest {
  dir: string;
  config?: string;
  manifests?: string[];
  tools?: string;
  aivssVersion?: AivssVersion;
  introspect?: { command?: string; url?: string; env: string[]; allowUntrusted: boolean; eventName: string };
  baseRef?: string;
  approveProfileChanges?: ApprovalCheck;
}
interface ScanReply {
  result: ScanResult;
  base?: ScanResult;
  exitCode: 0 | 2;
}

type Evaluated = Gated;

/** Whether this run has set the `decision` output (outputs are written once). */
let decisionSet = false;

type Props = core.AnnotationProperties;

/**
 * Every line the Action writes to the log (messages, annotations, outputs) goes through the run's
 * redactor: GitHub masks registered secrets in the log, but the patterns and the comment are ours.
 */
interface Log {
  redactor: Redactor;
  failed(message: string): void;
  error(message: string, props?: Props): void;
  warning(message: string, props?: Props): void;
  notice(message: string, props?: Props): void;
  info(message: string): void;
  output(name: string, value: string): void;
}

function makeLog(redactor: Redactor): Log {
  const props = (p: Props | undefined): Props => (p === undefined ? {} : redactor.deep(p));
  return {
    redactor,
    failed: (m) => core.setFailed(redactor.text(m)),
    error: (m, p) => core.error(redactor.text(m), props(p)),
    warning: (m, p) => core.warning(redactor.text(m), props(p)),
    notice: (m, p) => core.notice(redactor.text(m), props(p)),
    info: (m) => core.info(redactor.text(m)),
    output: (name, value) => core.setOutput(name, redactor.text(value)),
  };
}

/**
 * The run's own secrets, read from the raw inputs before anything is parsed (a refused input
 * must not echo them either) and registered with the runner so the log masks them as well.
 */
function runRedactor(): Redactor {
  const secrets = introspectionSecrets(
    {
      command: core.getInput('introspect-command'),
      url: core.getInput('introspect-url'),
      env: core.getInput('introspect-env').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')),
    },
    process.env,
  );
  for (const s of secrets) core.setSecret(s.value);
  return createRedactor(secrets);
}

export async function run(): Promise<void> {
  let summary: string | undefined;
  const log = makeLog(runRedactor());
  try {
    const inputs = readInputs((name) => core.getInput(name));
    summary = inputs.mode === 'report' ? await runReport(inputs, log) : await runScan(inputs, log);
  } catch (error) {
    // A run that stopped before deciding never leaves `decision` empty for a later step to misread.
    if (!decisionSet) core.setOutput('decision', 'error');
    if (error instanceof ActionInputError || error instanceof PolicyInputError) {
      log.failed(`Input error in "${error.input}": ${error.message}`);
    } else if (error instanceof ArtifactError) {
      log.failed(`Report artifact refused: ${error.message}`);
    } else {
      log.failed(`mcp-risk-gate could not finish: ${error instanceof Error ? error.message : String(error)}`);
    }
    summary ??= `### ❌ MCP risk gate: error\n\n${log.redactor.text(error instanceof Error ? error.message : String(error))}\n`.replace(/[<>@]/g, (c) => `&#${c.charCodeAt(0)};`);
  } finally {
    // The summary is a courtesy channel: a write failure (1 MiB limit, no file) never fails the run.
    if (summary !== undefined) {
      try {
        await core.summary.addRaw(log.redactor.text(summary)).write();
      } catch (error) {
        log.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

async function runScan(inputs: ActionInputs, log: Log): Promise<string> {
  const request: ScanRequest = {
    dir: resolve(inputs.path),
    ...(inputs.config !== undefined ? { config: inputs.config } : {}),
    ...(inputs.manifests.length > 0 ? { manifests: inputs.manifests } : {}),
    ...(inputs.tools !== undefined ? { tools: inputs.tools } : {}),
    ...(inputs.aivssVersion !== undefined ? { aivssVersion: inputs.aivssVersion } : {}),
    ...(inputs.baseRef !== undefined ? { baseRef: inputs.baseRef, approveProfileChanges: profileApproval(inputs) } : {}),
  };
  if (inputs.introspectCommand !== undefined || inputs.introspectUrl !== undefined) {
    request.introspect = {
      ...(inputs.introspectCommand !== undefined ? { command: inputs.introspectCommand } : {}),
      ...(inputs.introspectUrl !== undefined ? { url: inputs.introspectUrl } : {}),
      env: inputs.introspectEnv,
      allowUntrusted: inputs.allowUntrustedIntrospection,
      eventName: context.eventName,
    };
  }
  const org = await orgPolicyOf(inputs);
  const outcome: ScanReply = await scanRepository({ ...request, ...(org && { org }) });
  // Decided on what was read, then redacted once: every channel below reads the redacted copy.
  const evaluated = log.redactor.deep(evaluate(outcome.result, outcome.base, inputs, org));
  const { result, decision } = evaluated;
  const redactor = log.redactor;

  const dir = join(process.env['RUNNER_TEMP'] || resolve('.'), 'mcp-risk-gate');
  await mkdir(dir, { recursive: true });
  const reportPath = join(dir, ARTIFACT_FILE);
  const pr = pullRequestNumber();
  const artifact = buildArtifact({ headSha: headSha(), ...(pr !== undefined ? { pullRequest: pr } : {}), result, ...(evaluated.base !== undefined ? { base: evaluated.base } : {}), decision });
  await writeFile(reportPath, `${JSON.stringify(artifact, null, 2)}\n`);
  const sarifPath = resolve(inputs.sarifFile ?? join(dir, 'results.sarif'));
  await mkdir(dirname(sarifPath), { recursive: true });
  const prefix = relativePrefix(inputs.path);
  await writeFile(sarifPath, sarifToString(renderSarif(result, { decision, docsUrl: docsUrl(), informationUri: actionHome(), ...(prefix !== '' ? { uriPrefix: prefix } : {}), redactor })));

  setOutputs(evaluated, reportPath, sarifPath, log);
  warnWaivers(result, log);
  annotate(evaluated, prefix, log);

  if (inputs.mode === 'gate') {
    const target = commentTarget(pr);
    await comment(inputs, evaluated, target, log);
  }

  // An org policy refusal is an input error found after the scan: the decision says `error`.
  if (outcome.exitCode === 2 || decision.result === 'error') {
    const errors = result.errors.slice(0, 5).map((e) => `${e.path}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}${e.hint !== undefined ? ` (${e.hint})` : ''}`);
    log.failed(`Input errors (${result.errors.length}); fix these files and re-run:\n${errors.join('\n')}`);
  } else if (decision.result === 'fail') {
    log.failed(`MCP risk gate failed:\n${decision.reasons.join('\n')}`);
  } else if (decision.result === 'warn') {
    log.warning(`MCP risk gate exceeded policy (warn-only):\n${decision.reasons.join('\n')}`);
  }
  return renderMarkdown(result, decision, { target: 'summary', ...(evaluated.delta !== undefined ? { delta: evaluated.delta } : {}), docsUrl: docsUrl(), redactor });
}

/** The privileged half of the fork-safe pattern: validate the artifact, then comment. Never runs repository code. */
async function runReport(inputs: ActionInputs, log: Log): Promise<string> {
  if (context.eventName !== 'workflow_run') {
    throw new ActionInputError('mode', `mode: report reads an analyze artifact in a workflow_run workflow; this run was triggered by ${context.eventName}. Use mode: gate here.`);
  }
  const run = context.payload['workflow_run'] as { head_sha?: string; pull_requests?: { number: number }[] } | undefined;
  const expectedSha = run?.head_sha;
  if (expectedSha === undefined) throw new ArtifactError('The workflow_run event has no head_sha.');
  const file = await artifactFile(inputs.path);
  const artifact = parseArtifact(await readFile(file, 'utf8'), expectedSha);
  // The artifact comes from an untrusted run, maybe of an older version: redacted here again.
  const evaluated = log.redactor.deep(evaluate(artifact.result, artifact.base, inputs, await orgPolicyOf(inputs)));

  // Fork PRs are missing from workflow_run.pull_requests; the artifact's number is only trusted
  // once the PR's current head matches the commit this run is about.
  const number = run?.pull_requests?.[0]?.number ?? artifact.pullRequest;
  let target: CommentTarget | undefined;
  if (number !== undefined && inputs.token !== '') {
    const client = createGitHubClient(inputs.token);
    const { data } = await client.rest.pulls.get({ ...context.repo, pull_number: number });
    if (data.head.sha.toLowerCase() === expectedSha.toLowerCase()) target = { ...context.repo, issueNumber: number };
    else log.warning(`Pull request #${number} has moved on from ${expectedSha.slice(0, 12)}; not commenting a stale report.`);
  }
  setOutputs(evaluated, file, '', log);
  await comment(inputs, evaluated, target, log);
  return renderMarkdown(evaluated.result, evaluated.decision, { target: 'summary', ...(evaluated.delta !== undefined ? { delta: evaluated.delta } : {}), docsUrl: docsUrl(), redactor: log.redactor });
}

function evaluate(result: ScanResult, base: ScanResult | undefined, inputs: ActionInputs, org?: OrgContext): Evaluated {
  return applyPolicy(result, base, inputs.policy, org);
}

/** The `org-policy` input's file, read and validated; a bad one fails the step naming file and line. */
async function orgPolicyOf(inputs: ActionInputs): Promise<(OrgContext & { baseDir: string }) | undefined> {
  if (inputs.orgPolicy === undefined) return undefined;
  const org = await readOrgPolicy(inputs.orgPolicy);
  if ('errors' in org) {
    throw new ActionInputError('org-policy', org.errors.map((e) => `${e.path}${e.line ? `:${e.line}` : ''}: ${e.message}${e.hint ? ` (fix: ${e.hint})` : ''}`).join('; '));
  }
  return { policy: org.policy, path: inputs.orgPolicy, baseDir: dirname(resolve(inputs.orgPolicy)) };
}

/**
 * Approval of the pull request's loosening of its own profile, checked through the GitHub API as
 * the base profile's `approvals:` allows. There is nothing to check outside a pull request.
 */
function profileApproval(inputs: ActionInputs): ApprovalCheck {
  return async (request) => {
    const pr = context.payload.pull_request as { number?: number; user?: { login?: string }; labels?: { name?: string }[] } | undefined;
    if (typeof pr?.number !== 'number') {
      return { state: 'not-approved', message: `this ${context.eventName} run is not for a pull request, so there is no label or review to approve the change.` };
    }
    if (inputs.token === '') return { state: 'not-approved', message: 'no github-token, so labels and reviews cannot be read. Pass github-token (the default is github.token).' };
    const labels = (pr.labels ?? []).flatMap((l) => (typeof l.name === 'string' ? [l.name] : []));
    return checkProfileApproval(
      createGitHubClient(inputs.token),
      { ...context.repo, number: pr.number, headSha: headSha(), ...(pr.user?.login !== undefined && { author: pr.user.login }), payloadLabels: labels },
      request,
    );
  };
}

async function comment(inputs: ActionInputs, e: Evaluated, target: CommentTarget | undefined, log: Log): Promise<void> {
  if (target === undefined || e.policy.comment === 'never') {
    log.output('comment-id', '');
    return;
  }
  if (inputs.token === '') {
    log.warning('No github-token: skipping the PR comment. Pass github-token (the default is github.token).');
    return;
  }
  const details = runUrl();
  const outcome = await syncStickyComment(createGitHubClient(inputs.token), target, {
    mode: e.policy.comment,
    decision: e.decision.result,
    // A change to the pull request's own profile is a change worth a comment, even when it passes.
    changed: (e.delta !== undefined && hasChanges(e.delta)) || (e.result.profileChanges?.changes.length ?? 0) > 0,
    render: (previous) => {
      const ids = previous !== undefined ? parseCommentFindingIds(previous.body) : undefined;
      return log.redactor.text(renderMarkdown(e.result, e.decision, {
        target: 'comment',
        ...(e.delta !== undefined ? { delta: e.delta } : {}),
        ...(ids !== undefined ? { previousFindingIds: ids } : {}),
        docsUrl: docsUrl(),
        ...(details !== undefined ? { detailsUrl: details } : {}),
        redactor: log.redactor,
      }));
    },
  });
  log.output('comment-id', outcome.commentId !== undefined ? String(outcome.commentId) : '');
  if (outcome.warning === true && outcome.message !== undefined) log.warning(outcome.message);
  else if (outcome.message !== undefined) log.info(`PR comment: ${outcome.message}`);
  else log.info(`PR comment ${outcome.action}${outcome.htmlUrl !== undefined ? `: ${outcome.htmlUrl}` : ''}`);
}

function setOutputs(e: Evaluated, reportPath: string, sarifPath: string, log: Log): void {
  // Outputs are log lines too: set through the redacting log.
  const core = { setOutput: log.output };
  core.setOutput('score', e.result.score !== undefined ? e.result.score.toFixed(1) : '');
  core.setOutput('severity', e.result.severity ?? '');
  core.setOutput('posture', e.result.posture !== undefined ? e.result.posture.toFixed(1) : '');
  core.setOutput('decision', e.decision.result);
  decisionSet = true;
  core.setOutput('missing-controls', String(e.decision.missingControls.length));
  core.setOutput('findings', String(e.decision.findings));
  core.setOutput('report-json', reportPath);
  core.setOutput('sarif', sarifPath);
}

/** An expired or mismatched waiver silently stops applying otherwise: the log says so, with the file to edit. */
function warnWaivers(result: ScanResult, log: Log): void {
  const file = result.profile.configPath ?? '.mcp-risk.yml';
  for (const w of waiverProblems(result)) {
    log.warning(`Waiver ${w.id}${w.tool !== undefined ? ` (tool ${w.tool})` : ''} ${waiverProblemText(w)}`, { title: 'mcp-risk-gate waiver', file });
  }
}

function annotate(evaluated: Evaluated, prefix: string, log: Log): void {
  const plan = planAnnotations(evaluated.result.findings ?? [], evaluated.policy, { pathPrefix: prefix, ...(evaluated.base !== undefined ? { base: evaluated.base } : {}) });
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file, ...(a.startLine !== undefined ? { startLine: a.startLine } : {}), ...(a.startColumn !== undefined ? { startColumn: a.startColumn } : {}) };
    if (a.level === 'error') log.error(a.message, props);
    else if (a.level === 'warning') log.warning(a.message, props);
    else log.notice(a.message, props);
  }
  if (plan.overflowNotice !== undefined) log.notice(plan.overflowNotice);
}

function pullRequestNumber(): number | undefined {
  const pr = context.payload.pull_request as { number?: number } | undefined;
  return typeof pr?.number === 'number' ? pr.number : undefined;
}

function commentTarget(pr: number | undefined): CommentTarget | undefined {
  return pr === undefined ? undefined : { ...context.repo, issueNumber: pr };
}

function headSha(): string {
  const pr = context.payload.pull_request as { head?: { sha?: string } } | undefined;
  return pr?.head?.sha ?? context.sha;
}

async function artifactFile(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return (await stat(full)).isDirectory() ? join(full, ARTIFACT_FILE) : full;
  } catch {
    throw new ActionInputError('path', `In report mode, path must be the downloaded analyze artifact (a folder holding ${ARTIFACT_FILE}, or the file); "${path}" does not exist.`);
  }
}

/** Where the scanned folder sits in the repository, for annotation and SARIF paths. */
function relativePrefix(path: string): string {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const rel = resolve(path).slice(resolve(workspace).length).replace(/^[\\/]+/, '').replace(/\\/g, '/');
  return resolve(path).startsWith(resolve(workspace)) ? rel : '';
}

function actionHome(): string | undefined {
  const repo = process.env['GITHUB_ACTION_REPOSITORY'];
  return repo ? `${process.env['GITHUB_SERVER_URL'] || 'https://github.com'}/${repo}` : undefined;
}

/** docs/controls.md of the action version that ran, so comment links resolve outside our repo. */
function docsUrl(): string | undefined {
  const home = actionHome();
  const ref = process.env['GITHUB_ACTION_REF'];
  return home !== undefined && ref ? `${home}/blob/${ref}/docs/controls.md` : undefined;
}

function runUrl(): string | undefined {
  const { serverUrl, runId } = context;
  const repo = process.env['GITHUB_REPOSITORY'];
  return repo && runId ? `${serverUrl}/${repo}/actions/runs/${runId}` : undefined;
}

// Bundled as the Action entry: run when loaded. Unit tests import run() without side effects.
if (process.env['VITEST'] === undefined && process.env['MCP_RISK_GATE_NO_AUTORUN'] !== '1') {
  void run();
}
