import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { LEVELS } from '../engine/types';
import { scenarios } from '../scenario/registry';
import { en } from './en';
import { enFlags, enRemoved } from './en-config';
import { renderTrace } from './render';
import { uiEn } from './ui-en';
import { translator } from './ui-text';
import { zhCN } from './zh-CN';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const SEEDS = ['get-nodes', 'create-pod'];

describe('Simplified Chinese pack', () => {
  it('translates every UI key, with the same placeholders, and nothing else', () => {
    expect(Object.keys(zhCN.ui).sort()).toEqual(Object.keys(uiEn).sort());
    for (const [key, english] of Object.entries(uiEn)) {
      expect(placeholders(zhCN.ui[key as keyof typeof uiEn] ?? ''), key).toEqual(placeholders(english));
    }
  });

  it('explains every kube-apiserver flag the configuration explorer shows, modelled and removed', () => {
    expect(Object.keys(zhCN.flags.modelled)).toEqual(Object.keys(enFlags));
    expect(Object.keys(zhCN.flags.removed)).toEqual(Object.keys(enRemoved));
    for (const words of [...Object.values(zhCN.flags.modelled), ...Object.values(zhCN.flags.removed)]) expect(words).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has narration for every step and misconception of both seed scenarios at every level', () => {
    for (const id of SEEDS) {
      const scenario = scenarios.find((s) => s.id === id);
      if (!scenario) throw new Error(`no scenario ${id}`);
      const trace = simulate(scenario);
      for (const level of LEVELS) {
        for (const step of trace.steps.filter((s) => s.level === level)) {
          expect(zhCN.catalog.steps[step.text.key], `${id} ${level} ${step.text.key}`).toBeDefined();
          if (step.misconception) expect(zhCN.catalog.misconceptions[step.misconception], step.misconception).toBeDefined();
        }
      }
      const rendered = renderTrace(trace, zhCN.catalog, {}, en);
      for (const s of rendered.steps) {
        expect(s.title + s.narration).not.toMatch(/\{\w+\}/);
        expect(s.narration).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('keeps the English placeholders in every narration it translates', () => {
    for (const [key, words] of Object.entries(zhCN.catalog.steps)) {
      const english = en.steps[key];
      expect(english, key).toBeDefined();
      expect(placeholders(words.title), key).toEqual(placeholders(english?.title ?? ''));
      expect(placeholders(words.narration), key).toEqual(placeholders(english?.narration ?? ''));
    }
  });

  it('words the seed scenarios: title, notes for known ids, every question with all its choices', () => {
    for (const id of SEEDS) {
      const scenario = scenarios.find((s) => s.id === id);
      const words = zhCN.scenarios[id];
      if (!scenario || !words) throw new Error(`no words for ${id}`);
      expect(Object.keys(words.notes ?? {}).sort()).toEqual(Object.keys(scenario.notes).sort());
      expect(Object.keys(words.speakerNotes ?? {}).sort()).toEqual(Object.keys(scenario.speakerNotes).sort());
      for (const cp of scenario.checkpoints) expect(words.checkpoints?.[cp.before]?.choices.length, cp.before).toBe(cp.choices.length);
    }
  });
});

describe('fallback to English', () => {
  it('a UI key the catalog lacks is said in English', () => {
    const { 'controls.next': _dropped, ...partial } = zhCN.ui;
    const t = translator(partial);
    expect(t('controls.next')).toBe('Next step');
    expect(t('controls.previous')).toBe('上一步');
    expect(t('controls.stepOf', { number: 2, count: 9 })).toBe('第 2 步，共 9 步');
  });

  it('a narration key the catalog lacks is rendered from English', () => {
    const scenario = scenarios.find((s) => s.id === 'get-nodes');
    if (!scenario) throw new Error('no get-nodes');
    const { 'apiserver.audit': _dropped, ...steps } = zhCN.catalog.steps;
    const rendered = renderTrace(simulate(scenario), { ...zhCN.catalog, steps }, {}, en);
    const audit = rendered.steps.find((s) => s.id === 'apiserver.audit');
    expect(audit?.title).toBe(en.steps['apiserver.audit']?.title);
    expect(rendered.steps.find((s) => s.id === 'apiserver.authn')?.title).toMatch(/认证/);
  });
});
