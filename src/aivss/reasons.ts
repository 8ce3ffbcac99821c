import type { FactorReason } from '../model/factor.js';
import type { Hit } from '../conditions/evaluate.js';

const MAX_TOOLS = 5;
const MAX_DETAILS = 3;

function listWithMore(items: string[], max: number): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/**
 * Fills a rubric reason template from the hits of its condition; names stronger evidence first.
 * {evidence} is the tools when any are named, else the other details.
 */
export function renderReason(template: string, hits: Hit[]): FactorReason {
  // Stronger evidence first: two passes (strong, then weak) instead of a reordered copy.
  const toolSet = new Set<string>();
  const detailSet = new Set<string>();
  let location: Hit['location'];
  for (const weak of [false, true]) {
    for (const h of hits) {
      if ((h.weak === true) !== weak) continue;
      if (h.tool !== undefined) toolSet.add(h.tool);
      else if (h.detail !== undefined) detailSet.add(h.detail);
      if (location === undefined && h.location) location = h.location;
    }
  }
  const tools = [...toolSet];
  const details = [...detailSet];
  const text = template
    .replaceAll('{tools}', tools.length > 0 ? listWithMore(tools, MAX_TOOLS) : 'none named')
    .replaceAll('{count}', String(tools.length))
    .replaceAll('{details}', details.length > 0 ? listWithMore(details, MAX_DETAILS) : 'no detail')
    .replaceAll(
      '{evidence}',
      tools.length > 0 ? listWithMore(tools, MAX_TOOLS) : details.length > 0 ? listWithMore(details, MAX_DETAILS) : 'no detail',
    );
  // Templates are written for the plural; one tool reads "1 tool may", not "1 tools may".
  const reason: FactorReason = { text: tools.length === 1 ? text.replace(/\b1 tools\b/g, '1 tool') : text };
  if (tools.length === 1 && tools[0] !== undefined) reason.tool = tools[0];
  if (location) reason.location = location;
  return reason;
}
