// Public entry of the simulation engine.
export { simulate } from './simulate';
export { defaultCluster } from './cluster/default';
export { parseCommand, SUPPORTED_COMMANDS } from './kubectl/parse';
export type { KubectlCommand, ParsedCommand } from './kubectl/parse';
export { MODEL_VERSION, SUPPORTED_VERSIONS } from './version';
export * from './types';
export { STEP_IDS, TEXT_KEYS, MISCONCEPTION_KEYS } from './keys';
export { isQuantity } from './core/quantity';
