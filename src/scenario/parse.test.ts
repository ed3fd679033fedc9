import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from './parse';
import type { ScenarioError } from './types';
import { scenariosPlugin } from '../../scripts/vite-plugin-scenarios';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');

function errorsOf(file: string): ScenarioError[] {
  const r = parseScenario(readFileSync(join(FIXTURES, file), 'utf8'), file);
  if (r.ok) throw new Error(`${file} should not parse`);
  return r.errors;
}

describe('scenario files', () => {
  it.each(readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml')))('%s is valid', (f) => {
    const r = parseScenario(readFileSync(join(SCENARIOS, f), 'utf8'), f);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('keeps checkpoints with exactly one right answer and speaker notes', () => {
    const r = parseScenario(readFileSync(join(SCENARIOS, 'create-pod.yaml'), 'utf8'), 'create-pod.yaml');
    if (!r.ok) throw new Error('create-pod.yaml should parse');
    expect(r.scenario.checkpoints.length).toBeGreaterThanOrEqual(3);
    for (const cp of r.scenario.checkpoints) expect(cp.choices.filter((ch) => ch.correct)).toHaveLength(1);
    expect(Object.keys(r.scenario.speakerNotes)).toContain('scheduler.bind');
  });

  it('fills the default kubeadm cluster when cluster is left out', () => {
    const r = parseScenario(readFileSync(join(SCENARIOS, 'get-nodes.yaml'), 'utf8'), 'get-nodes.yaml');
    expect(r.ok && r.scenario.cluster.nodes.map((n) => n.name)).toEqual(['control-plane', 'node-1', 'node-2']);
  });
});

describe('broken fixtures report file, line, field and a hint', () => {
  const cases: [file: string, line: number, field: string, hint: RegExp][] = [
    ['unknown-field.yaml', 5, 'comands', /did you mean "commands"/],
    ['bad-command.yaml', 7, 'commands[1]', /supported commands: kubectl get nodes; kubectl get pods; kubectl run NAME --image=IMAGE; kubectl create -f FILE/],
    ['bad-version.yaml', 4, 'kubernetesVersion', /quoted string, one of: "1.34"/],
    ['missing-file.yaml', 6, 'commands[0]', /add it under files:/],
    ['bad-quantity.yaml', 9, 'cluster.nodes[0].allocatable.cpu', /"500m"/],
    ['bad-note.yaml', 8, 'notes.kubelet.wach', /did you mean "kubelet.watch"/],
    ['bad-tag.yaml', 4, 'tags[0]', /did you mean "beginner"/],
    ['bad-checkpoint.yaml', 8, 'checkpoints[0].before', /did you mean "apiserver.authz"/],
    ['bad-checkpoint.yaml', 23, 'checkpoints[1].choices[1].correct', /correct: true on the one right answer/],
  ];
  it.each(cases)('%s → line %i, field %s', (file, line, field, hint) => {
    const errors = errorsOf(file);
    const error = errors.find((e) => e.field === field);
    expect(error).toMatchObject({ file, line, field });
    expect(error?.hint).toMatch(hint);
  });

  it('a YAML syntax error points at its line', () => {
    const [e] = errorsOf('syntax-error.yaml');
    expect(e?.line).toBe(6);
    expect(e?.field).toBe('(document)');
  });

  it('an empty file is an error, not a crash', () => {
    const r = parseScenario('', 'empty.yaml');
    expect(r.ok).toBe(false);
  });
});

describe('vite plugin', () => {
  const plugin = scenariosPlugin();
  const transform = plugin.transform as (this: unknown, code: string, id: string) => Promise<{ code: string } | null>;
  const ctx = { error: (msg: string): never => { throw new Error(msg); } };

  it('turns a scenario file into a JSON module and ignores other files', async () => {
    const out = await transform.call(ctx, readFileSync(join(SCENARIOS, 'create-pod.yaml'), 'utf8'), '/x/scenarios/create-pod.yaml');
    expect(out?.code).toMatch(/^export default \{"id":"create-pod"/);
    expect(await transform.call(ctx, 'a: 1', '/x/src/other.yaml')).toBeNull();
  });

  it('fails the build with the friendly error', async () => {
    await expect(transform.call(ctx, readFileSync(join(FIXTURES, 'unknown-field.yaml'), 'utf8'), '/x/scenarios/typo.yaml')).rejects.toThrow(/typo.yaml:5:1 {2}comands: unknown field "comands"\n {4}hint: did you mean "commands"\?/);
  });
});
