import type { ControlResult } from '../model/control.js';
import { MAESTRO_LAYERS } from '../model/layer.js';
import type { LayerId } from '../model/layer.js';
import type { LayerSummary } from '../model/result.js';

const LAYER_IDS = Object.keys(MAESTRO_LAYERS) as LayerId[];

/** A control counts once, under its home layer: the catalog's explicit `home`, else its first layer. */
export function homeLayer(control: Pick<ControlResult, 'id' | 'layers' | 'home'>): LayerId | undefined {
  return control.home ?? control.layers[0];
}

/**
 * Seven rows, L1..L7. Counts cover REQUIRED controls only, so required = present + missing + waived
 * per row. Re-run after waivers are applied to move missing controls into `waived`.
 */
export function summarizeLayers(controls: readonly ControlResult[]): LayerSummary[] {
  return LAYER_IDS.map((layer) => {
    const mine = controls.filter((c) => c.requirement === 'required' && homeLayer(c) === layer);
    return {
      layer,
      name: MAESTRO_LAYERS[layer],
      required: mine.length,
      present: mine.filter((c) => c.status === 'present').length,
      missing: mine.filter((c) => c.status === 'missing').length,
      waived: mine.filter((c) => c.status === 'waived').length,
    };
  });
}
