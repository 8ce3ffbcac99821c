/** MAESTRO v1 layers, named exactly as CSA names them. */
export const MAESTRO_LAYERS = {
  L1: 'Foundation Models',
  L2: 'Data Operations',
  L3: 'Agent Frameworks',
  L4: 'Deployment and Infrastructure',
  L5: 'Evaluation and Observability',
  L6: 'Security and Compliance',
  L7: 'Agent Ecosystem',
} as const;

export type LayerId = keyof typeof MAESTRO_LAYERS;
