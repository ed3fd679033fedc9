import { describe, expect, it } from 'vitest';
import { KEY_HELP, PRESENTER_KEY_HELP } from '../playback/keymap';
import { LEVELS } from '../engine/types';
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
});
