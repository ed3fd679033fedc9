// The Simplified Chinese pack, one lazily loaded chunk: UI words, narration (with kubectl's refusals)
// and the two seed scenarios' words. Anything it lacks falls back to English.
import type { LanguagePack } from './lang-pack';
import { uiZhCN } from './ui-zh-CN';
import { zhFlags, zhRemoved } from './zh-config';
import { zhKubectlErrors } from './zh-kubectl-errors';
import { zhMisconceptions } from './zh-misconceptions';
import { zhScenarioErrors } from './zh-scenario-errors';
import { zhScenarios } from './zh-scenarios';
import { zhSteps } from './zh-steps';

export const zhCN: LanguagePack = {
  lang: 'zh-CN',
  ui: uiZhCN,
  catalog: { lang: 'zh-CN', steps: zhSteps, misconceptions: zhMisconceptions, kubectlErrors: zhKubectlErrors },
  scenarios: zhScenarios,
  flags: { modelled: zhFlags, removed: zhRemoved },
  scenarioErrors: zhScenarioErrors,
};
