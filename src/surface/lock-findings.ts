import type { FindingDraft } from '../model/finding.js';
import { builtinCheck, type BuiltinRule } from './catalog.js';
import { describeFields, LOCK_FILE_NAME, type LockDiff } from './lock.js';
import { visible } from './visible.js';

/** One finding per added, removed or changed tool; the message carries the readable diff. */
export function lockFindings(diff: LockDiff, lockPath: string = LOCK_FILE_NAME): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const t of diff.added) {
    out.push(draft('lock-added', t.name, lockPath, `Tool "${visible(t.name, 128)}" is listed but not pinned in ${lockPath}.`));
  }
  for (const t of diff.removed) {
    out.push(draft('lock-removed', t.name, lockPath, `Tool "${visible(t.name, 128)}" is pinned in ${lockPath} but no longer listed.`));
  }
  for (const c of diff.changed) {
    const details = describeFields(c).join('; ');
    out.push(draft('lock-changed', c.name, lockPath, `Tool "${visible(c.name, 128)}" changed ${c.fields.join(', ')} since it was locked: ${details}.`));
  }
  return out;
}

/** For a policy that requires a lock (`require-lock`) when none is committed. */
export function lockMissingFinding(lockPath: string = LOCK_FILE_NAME): FindingDraft {
  const check = builtinCheck('lock-missing');
  return { ...base(check), id: check.id, message: `No ${lockPath} is committed, so tool changes are not pinned.`, locations: [] };
}

function draft(rule: BuiltinRule, tool: string, lockPath: string, message: string): FindingDraft {
  const check = builtinCheck(rule);
  return { ...base(check), id: `${check.id}:${visible(tool, 128)}`, tool, message, locations: [{ path: lockPath }] };
}

function base(check: ReturnType<typeof builtinCheck>): Omit<FindingDraft, 'id' | 'message' | 'locations'> {
  return {
    kind: 'lock-mismatch',
    title: check.title,
    layers: [...check.layers],
    cvssVector: check.cvssVector,
    remediation: check.remediation,
    docs: check.docs,
    ...(check.controlId ? { controlId: check.controlId } : {}),
  };
}
