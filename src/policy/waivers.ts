import type { Waiver } from '../model/config.js';
import type { ControlResult } from '../model/control.js';
import type { Finding } from '../model/finding.js';
import type { Notice } from '../model/location.js';

/** Waivers expiring within this many days are announced so owners renew or fix in time. */
export const EXPIRY_WARNING_DAYS = 14;

export type WaiverState = 'applied' | 'expired' | 'hash-changed' | 'invalid' | 'unused';

export interface WaiverOutcome {
  waiver: Waiver;
  state: WaiverState;
  /** Days until expiry (0 = expires today); undefined when the date is invalid. */
  daysLeft?: number;
  /** Finding ids and control ids this waiver covered. */
  matched: string[];
  message: string;
}

export interface WaiverApplication {
  findings: Finding[];
  controls: ControlResult[];
  outcomes: WaiverOutcome[];
  /** Applied waivers expiring within EXPIRY_WARNING_DAYS. */
  expiringSoon: WaiverOutcome[];
  /** Everything a reader should know about waivers, ready for ScanResult.notices. */
  notices: Notice[];
}

export interface ApplyWaiversOptions {
  /** Where the waivers were declared (the profile), for notices. */
  configPath?: string;
}

/**
 * Marks waived findings and controls. Pure: returns new arrays, never mutates its inputs.
 * A waiver applies when it has not expired (it is valid through its expiry date), its id names
 * the control or the finding, its `tool` (if any) names the finding's tool, and its `toolHash`
 * (if any) still equals that tool's current lock hash.
 */
export function applyWaivers(
  findings: readonly Finding[],
  controls: readonly ControlResult[],
  waivers: readonly Waiver[],
  today: string,
  toolHashes?: ReadonlyMap<string, string>,
  options: ApplyWaiversOptions = {},
): WaiverApplication {
  const todayDay = parseDay(today);
  if (todayDay === undefined) throw new Error(`applyWaivers: today must be YYYY-MM-DD, got "${today}"`);

  const outFindings = findings.map((f) => ({ ...f }));
  const outControls = controls.map((c) => ({ ...c }));
  const outcomes: WaiverOutcome[] = [];

  for (const waiver of waivers) {
    const label = describe(waiver);
    const expiresDay = parseDay(waiver.expires);
    if (expiresDay === undefined) {
      outcomes.push({ waiver, state: 'invalid', matched: [], message: `${label} has an invalid expiry "${waiver.expires}" (use YYYY-MM-DD); it is not applied.` });
      continue;
    }
    const daysLeft = expiresDay - todayDay;
    if (daysLeft < 0) {
      outcomes.push({ waiver, state: 'expired', daysLeft, matched: [], message: `${label} expired on ${waiver.expires}; it is not applied. Renew it with a new justification or fix the finding.` });
      continue;
    }
    if (waiver.justification.trim() === '') {
      outcomes.push({ waiver, state: 'invalid', daysLeft, matched: [], message: `${label} has an empty justification; it is not applied.` });
      continue;
    }
    if (waiver.toolHash !== undefined) {
      if (waiver.tool === undefined) {
        outcomes.push({ waiver, state: 'invalid', daysLeft, matched: [], message: `${label} sets toolHash without tool; name the tool the hash belongs to.` });
        continue;
      }
      const current = toolHashes?.get(waiver.tool);
      if (current !== waiver.toolHash) {
        const why = current === undefined ? 'the tool has no lock hash now' : `its lock hash is now ${current.slice(0, 12)}`;
        outcomes.push({ waiver, state: 'hash-changed', daysLeft, matched: [], message: `${label} was granted for another version of tool "${waiver.tool}" (${why}); it is not applied. Review the tool change and renew the waiver.` });
        continue;
      }
    }

    const stamp = { justification: waiver.justification, expires: waiver.expires, ...(waiver.owner !== undefined ? { owner: waiver.owner } : {}) };
    const matched: string[] = [];
    // A tool-scoped waiver covers that tool's findings only, never the whole control.
    const waivedControlIds = new Set<string>();
    if (waiver.tool === undefined) {
      for (const control of outControls) {
        if (control.id === waiver.id && control.status === 'missing') {
          control.status = 'waived';
          control.waiver = stamp;
          waivedControlIds.add(control.id);
          matched.push(control.id);
        }
      }
    }
    for (const finding of outFindings) {
      if (finding.waived !== undefined) continue;
      const byControl = finding.controlId !== undefined && (waivedControlIds.has(finding.controlId) || finding.controlId === waiver.id);
      const idMatches = finding.id === waiver.id || byControl || checkId(finding.id) === waiver.id;
      const toolMatches = waiver.tool === undefined || finding.tool === waiver.tool;
      if (idMatches && toolMatches) {
        finding.waived = stamp;
        // A missing control and its finding share an id: name it once.
        if (!matched.includes(finding.id)) matched.push(finding.id);
      }
    }

    if (matched.length === 0) {
      outcomes.push({ waiver, state: 'unused', daysLeft, matched, message: `${label} matches no missing control or open finding; remove it if it is no longer needed.` });
      continue;
    }
    const soon = daysLeft <= EXPIRY_WARNING_DAYS ? ` It expires ${daysLeft === 0 ? 'today' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`} (${waiver.expires}).` : '';
    outcomes.push({ waiver, state: 'applied', daysLeft, matched, message: `${label} applied to ${matched.join(', ')}.${soon}` });
  }

  const expiringSoon = outcomes.filter((o) => o.state === 'applied' && o.daysLeft !== undefined && o.daysLeft <= EXPIRY_WARNING_DAYS);
  const path = options.configPath ?? '.mcp-risk.yml';
  const notices: Notice[] = outcomes
    .filter((o) => o.state !== 'applied' || expiringSoon.includes(o))
    .map((o) => ({ path, message: o.message }));
  return { findings: outFindings, controls: outControls, outcomes, expiringSoon, notices };
}

function describe(w: Waiver): string {
  return `Waiver ${w.id}${w.tool !== undefined ? ` (tool ${w.tool})` : ''}${w.owner !== undefined ? ` owned by ${w.owner}` : ''}`;
}

/** `MAE-L3-02:delete_flag` → `MAE-L3-02`: a check id alone waives it for every tool. */
function checkId(findingId: string): string {
  const colon = findingId.indexOf(':');
  return colon < 0 ? findingId : findingId.slice(0, colon);
}

/** Day number of a strict YYYY-MM-DD calendar date, or undefined (rejects 2026-02-30). */
export function parseDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return Math.round(ms / 86_400_000);
}
