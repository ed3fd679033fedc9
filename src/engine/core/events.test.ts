import { describe, expect, it } from 'vitest';
import { defaultCluster } from '../cluster/default';
import { run } from '../testing';
import { eventName } from './events';
import { EPOCH_MS } from './time';

describe('event names', () => {
  it('differ for two events of one object in the same millisecond', () => {
    expect(eventName('web', 2000, 7)).not.toBe(eventName('web', 2000, 8));
    expect(eventName('web', 2000, 0)).toBe(`web.${(BigInt(EPOCH_MS) * 1_000_000n + 2_000_000_000n).toString(16)}`);
  });

  it('never make an event POST fail with AlreadyExists (image pull back-off posts several per sync)', () => {
    const cluster = defaultCluster();
    cluster.unpullableImages = ['nginx:1.99'];
    const trace = run(['kubectl run web --image=nginx:1.99'], { cluster });
    const posts = trace.steps.filter((s) => s.http?.method === 'POST' && s.http.path.endsWith('/events') && s.http.leg === 'response');
    expect(posts.length).toBeGreaterThan(4);
    expect(posts.map((s) => s.http?.status).filter((st) => st !== 201)).toEqual([]);
  });
});
