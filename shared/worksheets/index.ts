/**
 * LKE worksheets: the stored record with its three answer layers, evidence
 * and history, the workflow rules, the channel inputs and the views the channels return. Pure:
 * used by main (services, handlers) and by the renderer (worksheet screen).
 */
export * from './schemas';
export * from './views';
export * from './inputs';
export * from './workflow';
export * from './summary';
export * from './changes';
