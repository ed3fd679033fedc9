import type { Catalog } from './types';
import { enSteps } from './en-steps';
import { enMisconceptions } from './en-misconceptions';

/** The English catalog: the words every other catalog falls back to. */
export const en: Catalog = { lang: 'en', steps: enSteps, misconceptions: enMisconceptions };
