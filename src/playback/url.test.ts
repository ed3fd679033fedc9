import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Level } from '../engine/types';
import { decodeUrl, encodeUrl } from './url';

const LEVELS: Level[] = ['overview', 'standard', 'deep', 'overview', 'standard', 'deep', 'overview'];
const steps = LEVELS.map((level) => ({ level }));
const ctx = { scenarioIds: ['create-pod', 'get-nodes'], stepsOf: () => steps };

describe('decodeUrl', () => {
  it('uses defaults for an empty query, without notices', () => {
    expect(decodeUrl('', ctx)).toEqual({
      state: { scenarioId: 'create-pod', cursor: 0, playing: false, speed: 1, level: 'standard' },
      notices: [],
    });
  });

  it('maps the 1-based step within the level to the full-trace index', () => {
    expect(decodeUrl('?scenario=get-nodes&step=3&level=standard', ctx).state).toMatchObject({
      scenarioId: 'get-nodes',
      cursor: 3,
      level: 'standard',
    });
    expect(decodeUrl('?step=3&level=overview', ctx).state.cursor).toBe(6);
    expect(decodeUrl('?step=6&level=deep', ctx).state.cursor).toBe(5);
  });

  it('falls back with a notice for an unknown scenario', () => {
    const { state, notices } = decodeUrl('?scenario=foo&step=2', ctx);
    expect(state.scenarioId).toBe('create-pod');
    expect(state.cursor).toBe(1);
    expect(notices).toEqual(['Unknown scenario "foo"; showing "create-pod"']);
  });

  it('falls back with a notice for an unknown level', () => {
    const { state, notices } = decodeUrl('?level=expert', ctx);
    expect(state.level).toBe('standard');
    expect(notices).toEqual(['Unknown detail level "expert"; showing "standard"']);
  });

  it('falls back to step 1 for garbage and out-of-range steps', () => {
    for (const bad of ['abc', '-2', '1.5', '0', '99', '1e3', '%00', '999999999999']) {
      const { state, notices } = decodeUrl(`?step=${bad}`, ctx);
      expect(state.cursor).toBe(0);
      expect(notices).toHaveLength(1);
    }
    expect(decodeUrl('?step=99', ctx).notices[0]).toBe(
      'Step 99 does not exist (5 steps at the standard level); showing step 1',
    );
    expect(decodeUrl('?step=abc', ctx).notices[0]).toBe('Step "abc" is not a step number; showing step 1');
  });

  it('reports every bad value at once and survives odd encodings', () => {
    const { notices } = decodeUrl('?scenario=%3Cscript%3E&level=&step=x&step=2&extra=1', ctx);
    expect(notices).toEqual([
      'Unknown scenario "<script>"; showing "create-pod"',
      'Step "x" is not a step number; showing step 1',
    ]);
    expect(() => decodeUrl('?%E0%A4%A=1&scenario=%', ctx)).not.toThrow();
  });
});

describe('encodeUrl', () => {
  it('round-trips through decodeUrl at every level and step', () => {
    for (const level of ['overview', 'standard', 'deep'] as const) {
      steps.forEach((step, cursor) => {
        if (level === 'overview' && step.level !== 'overview') return;
        if (level === 'standard' && step.level === 'deep') return;
        const state = { scenarioId: 'get-nodes', cursor, playing: false, speed: 1 as const, level };
        const url = encodeUrl(state, steps);
        expect(decodeUrl(url, ctx)).toEqual({ state, notices: [] });
      });
    }
  });

  it('writes the 1-based step within the level', () => {
    const url = encodeUrl({ scenarioId: 'create-pod', cursor: 4, playing: true, speed: 2, level: 'standard' }, steps);
    expect(url).toBe('?scenario=create-pod&step=4&level=standard');
  });
});

describe('decodeUrl on generated query strings (fast-check)', () => {
  const LEVEL_NAMES: Level[] = ['overview', 'standard', 'deep'];
  const value = fc.oneof(
    fc.constantFrom('create-pod', 'get-nodes', 'overview', 'standard', 'deep', '0', '1', '3', '7', '-1', '1e3', ' 2', '２', '%', '%E0%A4%A', '&', '=', ''),
    fc.string({ maxLength: 12 }),
    fc.nat({ max: 1_000_000_000_000 }).map(String),
  );
  const key = fc.oneof(fc.constantFrom('scenario', 'step', 'level', 'mode', 'Scenario', 'step[]', ''), fc.string({ maxLength: 6 }));
  const pair = fc.tuple(key, value, fc.boolean()).map(([k, v, raw]) => `${encodeURIComponent(k)}=${raw ? v : encodeURIComponent(v)}`);
  const query = fc.oneof(
    fc.array(pair, { maxLength: 6 }).map((ps) => `?${ps.join('&')}`),
    fc.string({ maxLength: 40 }),
    fc.string({ maxLength: 40 }).map((s) => `?${s}`),
  );

  it('never throws, always lands on a real step, and shows what was asked or says why not', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state, notices } = decodeUrl(search, ctx);
        expect(ctx.scenarioIds).toContain(state.scenarioId);
        expect(LEVEL_NAMES).toContain(state.level);
        const visible = steps.flatMap((s, i) => (LEVEL_NAMES.indexOf(s.level) <= LEVEL_NAMES.indexOf(state.level) ? [i] : []));
        expect(visible).toContain(state.cursor);
        const asked = new URLSearchParams(search);
        const scenario = asked.get('scenario');
        const level = asked.get('level');
        const step = asked.get('step');
        const followed =
          (!scenario || scenario === state.scenarioId) &&
          (!level || level === state.level) &&
          (!step || step === String(visible.indexOf(state.cursor) + 1));
        if (!followed) expect(notices.length).toBeGreaterThan(0);
        for (const n of notices) expect(n.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  it('round-trips every valid state through the address bar without a notice', () => {
    const state = fc
      .tuple(fc.constantFrom(...ctx.scenarioIds), fc.constantFrom(...LEVEL_NAMES), fc.nat())
      .map(([scenarioId, level, n]) => {
        const visible = steps.flatMap((s, i) => (LEVEL_NAMES.indexOf(s.level) <= LEVEL_NAMES.indexOf(level) ? [i] : []));
        return { scenarioId, level, cursor: visible[n % visible.length] ?? 0, playing: false, speed: 1 as const };
      });
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeUrl(encodeUrl(s, steps), ctx)).toEqual({ state: s, notices: [] });
      }),
      { numRuns: 300 },
    );
  });
});
