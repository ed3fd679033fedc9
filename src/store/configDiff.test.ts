import { describe, expect, it } from 'vitest';
import type { Step } from '../catalog/types';
import { diffSteps } from './configDiff';

const step = (id: string, narration = id): Step => ({ id, narration, title: id } as unknown as Step);

describe('diffSteps', () => {
  it('marks added, removed and changed steps in order', () => {
    const before = [step('a'), step('audit'), step('authz', 'RBAC says yes'), step('etcd')];
    const after = [step('a'), step('authz', 'AlwaysAllow says yes'), step('etcd'), step('audit.event')];
    expect(diffSteps(before, after).map((r) => `${r.mark}:${r.step.id}`)).toEqual(['same:a', 'removed:audit', 'changed:authz', 'same:etcd', 'added:audit.event']);
  });
});
