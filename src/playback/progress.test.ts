import { describe, expect, it } from 'vitest';
import { readProgress, withAnswer, writeProgress } from './progress';

describe('checkpoint progress', () => {
  it('round-trips answers and skips per scenario', () => {
    const p = withAnswer(withAnswer({}, 'create-pod', 'scheduler.bind', { choice: 2 }), 'get-nodes', 'apiserver.list', { skipped: true });
    expect(readProgress(writeProgress(p))).toEqual(p);
  });

  it.each([
    ['not JSON', '{nope'],
    ['an old version', JSON.stringify({ version: 0, scenarios: { 'create-pod': { 'scheduler.bind': { choice: 1 } } } })],
    ['a bare array', '[1,2]'],
    ['null', 'null'],
  ])('ignores %s', (_, text) => {
    expect(readProgress(text)).toEqual({});
  });

  it('drops malformed answers and keeps the good ones', () => {
    const text = JSON.stringify({ version: 1, scenarios: { 'create-pod': { a: { choice: -1 }, b: { choice: 'x' }, c: { choice: 0 } }, x: 5 } });
    expect(readProgress(text)).toEqual({ 'create-pod': { c: { choice: 0 } } });
  });
});
