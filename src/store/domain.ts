// The domain half of the app: the engine, the English catalog and the scenarios. It is loaded with
// a dynamic import after the page has painted, so the first frame does not wait for the engine.
import { en } from '../catalog/en';
import { renderTrace } from '../catalog/render';
import {
  defaultCluster,
  imageMissing,
  isQuantity,
  MODEL_VERSION,
  parseCommand,
  runCommand,
  currentView,
  simulate,
  startSimulation,
  beginCommand,
  pumpCommand,
  endCommand,
  traceOf,
  FLAG_HELP,
  GENERAL_HINT,
  SUPPORTED_COMMANDS,
  USER_PRESETS,
  WHAT_IFS,
  withUser,
} from '../engine';
import { scenarios } from '../scenario/registry';
import { configDomain } from './configDomain';
import { scaleScenario } from './scaleScenario';

/** The scenario parser (with the YAML library) for files fetched at run time: loaded only then. */
const loadScenarioParser = () => import('../scenario/parse');

export const domain = {
  en,
  renderTrace,
  simulate,
  // A scenario simulated in slices, so that the page never blocks (traceInSlices).
  beginCommand,
  pumpCommand,
  endCommand,
  traceOf,
  scenarios,
  config: configDomain,
  scaleScenario,
  loadScenarioParser,
  // What-if branches and the sandbox session (both re-run the engine in the browser).
  WHAT_IFS,
  imageMissing,
  startSimulation,
  runCommand,
  currentView,
  parseCommand,
  FLAG_HELP,
  GENERAL_HINT,
  SUPPORTED_COMMANDS,
  USER_PRESETS,
  withUser,
  defaultCluster,
  isQuantity,
  MODEL_VERSION,
};

export type Domain = typeof domain;
