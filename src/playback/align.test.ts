import { describe, expect, it } from 'vitest';
import { alignSteps, firstDivergence } from './align';

const steps = (ids: string) => ids.split(' ').map((id, index) => ({ id, index }));

describe('alignSteps', () => {
  it('lines up shared steps and leaves a gap where one story has steps the other lacks', () => {
    const rows = alignSteps(steps('req authn authz list resp'), steps('req authn authz admit etcd resp watch'));
    expect(rows).toEqual([
      { left: 0, right: 0 },
      { left: 1, right: 1 },
      { left: 2, right: 2 },
      { left: 3, right: null },
      { left: null, right: 3 },
      { left: null, right: 4 },
      { left: 4, right: 5 },
      { left: null, right: 6 },
    ]);
    expect(firstDivergence(rows)).toBe(3);
  });

  it('keeps every step of both sides exactly once, in order', () => {
    const a = steps('x a b c y c');
    const b = steps('a c b y z');
    const rows = alignSteps(a, b);
    expect(rows.map((r) => r.left).filter((v) => v !== null)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.right).filter((v) => v !== null)).toEqual([0, 1, 2, 3, 4]);
  });

  it('never diverges for the same story', () => {
    expect(firstDivergence(alignSteps(steps('a b c'), steps('a b c')))).toBe(-1);
  });
});
