import type { Location, ToolRecord } from '../../model/index.js';
import type { ParsedDocument } from '../parse.js';
import { arr, isObject, type ProfileFragment } from '../fragment.js';
import { toolFromRaw } from '../tools.js';

/** A tools/list dump: a JSON array of Tool objects or `{tools: [...]}`. */
export function fromToolsDump(doc: ParsedDocument): ProfileFragment {
  const v = doc.value;
  const list = Array.isArray(v) ? v : isObject(v) ? arr(v['tools']) : [];
  const prefix: (string | number)[] = Array.isArray(v) ? [] : ['tools'];
  const tools: ToolRecord[] = [];
  list.forEach((t, i) => {
    if (!isObject(t) || typeof t['name'] !== 'string') return;
    const loc: Location = { path: doc.path, line: doc.locate([...prefix, i]).line };
    tools.push(toolFromRaw(t, { path: doc.path, format: 'tools-dump', provenance: 'dump' }, loc));
  });
  return { source: { path: doc.path, format: 'tools-dump' }, tools };
}

/** One Tool per file, as test snapshots keep them (GitHub's `__toolsnaps__/*.snap`). */
export function fromToolSnapshot(doc: ParsedDocument): ProfileFragment {
  const v = doc.value as Record<string, unknown>;
  const tool = toolFromRaw(v, { path: doc.path, format: 'tool-snapshot', provenance: 'dump' }, { path: doc.path, line: doc.locate(['name']).line });
  return { source: { path: doc.path, format: 'tool-snapshot' }, tools: [tool] };
}
