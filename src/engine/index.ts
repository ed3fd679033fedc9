// Public entry of the simulation engine.
export { simulate } from './simulate';
export { defaultCluster } from './cluster/default';
export { parseCommand, GENERAL_HINT, SUPPORTED_COMMANDS } from './kubectl/parse';
export { FLAG_HELP } from './kubectl/flags';
export type { KubectlCommand, ParsedCommand } from './kubectl/parse';
export { MODEL_VERSION, SUPPORTED_VERSIONS } from './version';
export * from './types';
export { STEP_IDS, TEXT_KEYS, MISCONCEPTION_KEYS } from './keys';
export { isQuantity } from './core/quantity';
export { USER_PRESETS, isUserPreset, withUser } from './cluster/users';
export type { UserPreset } from './cluster/users';
export { BUILTIN_ROLE_NAMES } from './cluster/policy';
export { startSimulation, runCommand, currentView, beginCommand, pumpCommand, endCommand, traceOf } from './simulate';
export type { Simulation, CommandRun } from './simulate';
export { WHAT_IFS, imageMissing } from './what-if';
export type { WhatIf } from './what-if';
