import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '../scenario/types';
import { crossedCheckpoint } from './checkpoints';

const steps = ['a', 'b', 'c', 'd', 'e', 'c'].map((id) => ({ id }));
const cp = (before: string): Checkpoint => ({ before, question: '?', choices: [] });

describe('crossedCheckpoint', () => {
  it('finds the checkpoint between two steps, at its first step', () => {
    expect(crossedCheckpoint(steps, [cp('c')], 1, 2, [])?.before).toBe('c');
    expect(crossedCheckpoint(steps, [cp('c')], 0, 4, [])?.before).toBe('c');
    expect(crossedCheckpoint(steps, [cp('c')], 2, 5, [])).toBeUndefined();
  });

  it('picks the earliest of several and skips settled ones', () => {
    expect(crossedCheckpoint(steps, [cp('d'), cp('b')], 0, 4, [])?.before).toBe('b');
    expect(crossedCheckpoint(steps, [cp('d'), cp('b')], 0, 4, ['b'])?.before).toBe('d');
  });

  it('never stops a move backwards or a move within the same step', () => {
    expect(crossedCheckpoint(steps, [cp('b')], 3, 0, [])).toBeUndefined();
    expect(crossedCheckpoint(steps, [cp('b')], 1, 1, [])).toBeUndefined();
  });
});
