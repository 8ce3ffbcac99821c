import signals from '../../data/manifest/signals.json' with { type: 'json' };
import type { SafetyKnob } from '../model/index.js';

const secretPatterns = signals.secretNamePatterns.map((p) => new RegExp(p, 'i'));
const knobPatterns = signals.safetyKnobs.map((k) => ({ kind: k.kind as SafetyKnob['kind'], re: new RegExp(k.pattern, 'i') }));

/** A name that says "secret" even when the manifest does not mark it (smithery has no secret flag at all). */
export function nameLooksSecret(name: string): boolean {
  return secretPatterns.some((re) => re.test(name));
}

export function knobKind(name: string): SafetyKnob['kind'] | undefined {
  return knobPatterns.find((k) => k.re.test(name))?.kind;
}
