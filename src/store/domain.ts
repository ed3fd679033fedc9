// The domain half of the app: the engine, the English catalog and the scenarios. It is loaded with
// a dynamic import after the page has painted, so the first frame does not wait for the engine.
import { en } from '../catalog/en';
import { renderTrace } from '../catalog/render';
import { simulate } from '../engine';
import { scenarios } from '../scenario/registry';
import { configDomain } from './configDomain';
import { scaleScenario } from './scaleScenario';

export const domain = { en, renderTrace, simulate, scenarios, config: configDomain, scaleScenario };

export type Domain = typeof domain;
