import { describe, expect, it } from 'vitest';
import { KEY_HELP, PRESENTER_KEY_HELP } from '../playback/keymap';
import { API_SERVER_STAGES, LEVELS } from '../engine/types';
import { imageMissing, WHAT_IFS } from '../engine/what-if';
import { SCENARIO_TAGS } from '../scenario/types';
import { isUiKey } from './ui-text';

describe('English UI catalog', () => {
  it('names every action and key word the help dialog lists', () => {
    for (const row of [...KEY_HELP, ...PRESENTER_KEY_HELP]) {
      expect(isUiKey(`help.action.${row.action}`), row.action).toBe(true);
      for (const k of row.keys) if (/^[a-z]{2,}$/i.test(k) && !/^Page|^Home$|^End$|^Enter$/.test(k)) expect(isUiKey(`help.key.${k}`), k).toBe(true);
    }
  });

  it('names every detail level', () => {
    for (const level of LEVELS) expect(isUiKey(`level.${level}`)).toBe(true);
  });

  it('names every API server stage, scenario tag and what-if the engine offers', () => {
    for (const stage of API_SERVER_STAGES) expect(isUiKey(`graph.stage.${stage}`), stage).toBe(true);
    for (const tag of SCENARIO_TAGS) expect(isUiKey(`tag.${tag}`) && isUiKey(`tag.hint.${tag}`), tag).toBe(true);
    for (const { id } of [...WHAT_IFS, imageMissing(['nginx'])]) {
      expect(isUiKey(`whatif.${id}.question`) && isUiKey(`whatif.${id}.change`), id).toBe(true);
    }
  });
});
