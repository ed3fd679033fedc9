import type { Catalog } from './types';
import { enSteps } from './en-steps';
import { enStepsAccess } from './en-steps-access';
import { enMisconceptions } from './en-misconceptions';
import { enStepsConfig } from './en-config';
import { enStepsNodes } from './en-steps-nodes';
import { enStepsLease } from './en-steps-lease';
import { enStepsDescribe } from './en-steps-describe';
import { enStepsReplace } from './en-steps-replace';

/** The English catalog: the words every other catalog falls back to. */
export const en: Catalog = { lang: 'en', steps: { ...enSteps, ...enStepsAccess, ...enStepsConfig, ...enStepsNodes, ...enStepsLease, ...enStepsDescribe, ...enStepsReplace }, misconceptions: enMisconceptions };
