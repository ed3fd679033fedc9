import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../types';
import { parseCommand } from './parse';
import { say } from '../core/said';
import { nodePatch, type NodeCommand } from './node-patch';

function command(line: string): NodeCommand {
  const parsed = parseCommand(line);
  if (!parsed.ok || (parsed.command.verb !== 'cordon' && parsed.command.verb !== 'uncordon' && parsed.command.verb !== 'taint')) throw new Error(line);
  return parsed.command;
}

const node = (spec: JsonObject): JsonObject => ({ kind: 'Node', metadata: { name: 'node-1' }, spec });

describe('cordon, uncordon and taint', () => {
  it('cordon patches spec.unschedulable, or says it already is', () => {
    const out = nodePatch(command('kubectl cordon node-1'), node({}), 's');
    expect('request' in out && out.request).toMatchObject({ method: 'PATCH', path: '/api/v1/nodes/node-1', body: { spec: { unschedulable: true } } });
    expect(nodePatch(command('kubectl cordon node-1'), node({ unschedulable: true }), 's')).toEqual({ lines: ['node/node-1 already cordoned'] });
    const un = nodePatch(command('kubectl uncordon node-1'), node({ unschedulable: true }), 's');
    expect('request' in un && un.request.body).toEqual({ spec: { unschedulable: null } });
  });

  it('taint sends the whole new list; removing the last one sends null', () => {
    const existing = { taints: [{ key: 'a', effect: 'NoExecute' }] };
    const add = nodePatch(command('kubectl taint nodes node-1 dedicated=gpu:NoSchedule'), node(existing), 's');
    expect('request' in add && add.request.body).toEqual({ spec: { taints: [{ effect: 'NoExecute', key: 'a' }, { effect: 'NoSchedule', key: 'dedicated', value: 'gpu' }] } });
    const remove = nodePatch(command('kubectl taint nodes node-1 a:NoExecute-'), node(existing), 's');
    expect('request' in remove && remove.request.body).toEqual({ spec: { taints: null } });
    expect(nodePatch(command('kubectl taint nodes node-1 a:NoExecute'), node(existing), 's')).toEqual({ lines: ['error: node node-1 already has a taint(s) with same effect(s) and --overwrite is false'] });
  });

  it('rejects a taint without a valid effect, listing the effects', () => {
    const parsed = parseCommand('kubectl taint nodes node-1 dedicated=gpu:Sometimes');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : say(parsed.error)).toContain('NoSchedule, PreferNoSchedule, NoExecute');
  });
});
