// Generated files are committed: write one only when its content changed, so a build leaves
// untouched files untouched (and the dist staleness check sees real changes only).
import { readFileSync, writeFileSync } from 'node:fs';

export function writeIfChanged(file, text) {
  let old;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    old = undefined;
  }
  if (old !== text) writeFileSync(file, text);
}
