import { describe, expect, it } from 'vitest';
import type { Level } from '../engine/types';
import { reducePlayback } from './reducer';
import type { PlaybackState } from './state';

// Full-trace levels: overview steps at 0, 3, 6; standard adds 1, 4; deep adds 2, 5.
const LEVELS: Level[] = ['overview', 'standard', 'deep', 'overview', 'standard', 'deep', 'overview'];
const steps = LEVELS.map((level) => ({ level }));

function state(over: Partial<PlaybackState> = {}): PlaybackState {
  return { scenarioId: 'create-pod', cursor: 0, playing: false, speed: 1, level: 'standard', ...over };
}

describe('reducePlayback', () => {
  it('next and previous skip steps hidden at the level', () => {
    expect(reducePlayback(state({ cursor: 1 }), { type: 'next' }, steps).cursor).toBe(3);
    expect(reducePlayback(state({ cursor: 3 }), { type: 'previous' }, steps).cursor).toBe(1);
    expect(reducePlayback(state({ cursor: 0, level: 'overview' }), { type: 'next' }, steps).cursor).toBe(3);
  });

  it('stays put at either end', () => {
    expect(reducePlayback(state({ cursor: 0 }), { type: 'previous' }, steps).cursor).toBe(0);
    expect(reducePlayback(state({ cursor: 6 }), { type: 'next' }, steps).cursor).toBe(6);
  });

  it('first and last go to the visible ends', () => {
    expect(reducePlayback(state({ cursor: 4 }), { type: 'first' }, steps).cursor).toBe(0);
    expect(reducePlayback(state({ cursor: 0 }), { type: 'last' }, steps).cursor).toBe(6);
  });

  it('playing stops when a tick reaches the last step', () => {
    const s1 = reducePlayback(state({ cursor: 4, playing: true }), { type: 'ticked' }, steps);
    expect(s1).toMatchObject({ cursor: 6, playing: false });
    const s2 = reducePlayback(state({ cursor: 1, playing: true }), { type: 'ticked' }, steps);
    expect(s2).toMatchObject({ cursor: 3, playing: true });
  });

  it('play at the end restarts from the first step', () => {
    const s = reducePlayback(state({ cursor: 6 }), { type: 'playToggled' }, steps);
    expect(s).toMatchObject({ cursor: 0, playing: true });
  });

  it('play toggles to pause and back', () => {
    const playing = reducePlayback(state({ cursor: 3 }), { type: 'playToggled' }, steps);
    expect(playing).toMatchObject({ cursor: 3, playing: true });
    expect(reducePlayback(playing, { type: 'playToggled' }, steps).playing).toBe(false);
    expect(reducePlayback(playing, { type: 'paused' }, steps).playing).toBe(false);
  });

  it('restart goes to the first step', () => {
    expect(reducePlayback(state({ cursor: 4 }), { type: 'restarted' }, steps).cursor).toBe(0);
  });

  it('goTo resolves a hidden step to the nearest visible one before it', () => {
    expect(reducePlayback(state(), { type: 'goTo', index: 4 }, steps).cursor).toBe(4);
    expect(reducePlayback(state(), { type: 'goTo', index: 5 }, steps).cursor).toBe(4);
    expect(reducePlayback(state(), { type: 'goTo', index: 99 }, steps).cursor).toBe(6);
    expect(reducePlayback(state(), { type: 'goTo', index: -3 }, steps).cursor).toBe(0);
  });

  it('changing level keeps the current step or the last visible one before it', () => {
    const deep = state({ level: 'deep', cursor: 5 });
    expect(reducePlayback(deep, { type: 'levelChosen', level: 'standard' }, steps)).toMatchObject({
      level: 'standard',
      cursor: 4,
    });
    expect(reducePlayback(deep, { type: 'levelChosen', level: 'overview' }, steps).cursor).toBe(3);
    const standard = state({ cursor: 4 });
    expect(reducePlayback(standard, { type: 'levelChosen', level: 'deep' }, steps).cursor).toBe(4);
  });

  it('choosing a scenario starts it from its first step, paused', () => {
    const s = reducePlayback(state({ cursor: 4, playing: true }), { type: 'scenarioChosen', scenarioId: 'get-nodes' }, steps);
    expect(s).toMatchObject({ scenarioId: 'get-nodes', cursor: 0, playing: false });
  });

  it('speed changes keep everything else', () => {
    const s = reducePlayback(state({ cursor: 3, playing: true }), { type: 'speedChosen', speed: 2 }, steps);
    expect(s).toEqual(state({ cursor: 3, playing: true, speed: 2 }));
  });

  it('never leaves the cursor on a step hidden at the level', () => {
    const actions = [
      { type: 'next' },
      { type: 'previous' },
      { type: 'ticked' },
      { type: 'last' },
      { type: 'goTo', index: 2 },
      { type: 'levelChosen', level: 'overview' },
      { type: 'next' },
      { type: 'levelChosen', level: 'deep' },
      { type: 'next' },
      { type: 'levelChosen', level: 'standard' },
    ] as const;
    let s = state();
    for (const action of actions) {
      s = reducePlayback(s, action, steps);
      const order = ['overview', 'standard', 'deep'];
      expect(order.indexOf(LEVELS[s.cursor] ?? 'deep')).toBeLessThanOrEqual(order.indexOf(s.level));
    }
  });
});
