import { describe, expect, it } from 'vitest';
import { run } from '../testing';
import { parseCommand } from './parse';
import { say } from '../core/said';
import type { JsonObject, RawStep } from '../types';

const pod = (labels: Record<string, string>, extra: JsonObject = {}): JsonObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels }, spec: { containers: [{ name: 'web', image: 'nginx' }] }, ...extra });
const files = { 'a.yaml': pod({ app: 'web', track: 'canary' }), 'b.yaml': pod({ app: 'web', tier: 'frontend' }) };

const userRequests = (steps: RawStep[]): RawStep[] => steps.filter((s) => s.id === 'kubectl.request');
const body = (s: RawStep | undefined): JsonObject => (s?.http?.responseBody ?? {}) as JsonObject;
const metadata = (s: RawStep | undefined): JsonObject => (body(s).metadata ?? {}) as JsonObject;

describe('kubectl apply --server-side', () => {
  it('sends one apply PATCH per command: 201 when it creates, 200 when it merges', () => {
    const trace = run(['kubectl apply -f a.yaml --server-side', 'kubectl apply --server-side -f b.yaml'], { files });
    const sent = userRequests(trace.steps);
    expect(sent.map((s) => `${s.http?.method ?? ''} ${s.http?.path ?? ''} ${s.http?.status ?? 0}`)).toEqual([
      'PATCH /api/v1/namespaces/default/pods/web?fieldManager=kubectl&fieldValidation=Strict&force=false 201',
      'PATCH /api/v1/namespaces/default/pods/web?fieldManager=kubectl&fieldValidation=Strict&force=false 200',
    ]);
    expect(sent[0]?.http?.requestHeaders['Content-Type']).toBe('application/apply-patch+yaml');
    // The whole file travels, with no last-applied annotation: the server keeps track instead.
    expect(sent[0]?.http?.requestBody).toEqual({ ...files['a.yaml'], metadata: { name: 'web', labels: { app: 'web', track: 'canary' }, namespace: 'default' } });
    expect(trace.steps.at(-1)?.state.kubectlOutput).toEqual(['pod/web serverside-applied', 'pod/web serverside-applied']);
  });

  it('records an Apply entry with the fields from the file, and removes what the next apply drops', () => {
    const trace = run(['kubectl apply -f a.yaml --server-side', 'kubectl apply -f b.yaml --server-side'], { files });
    const [created, merged] = userRequests(trace.steps);
    const apply = (s: RawStep | undefined): JsonObject | undefined => (metadata(s).managedFields as JsonObject[]).find((m) => m.manager === 'kubectl');
    expect(apply(created)).toMatchObject({
      manager: 'kubectl',
      operation: 'Apply',
      apiVersion: 'v1',
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:metadata': { 'f:labels': { 'f:app': {}, 'f:track': {} } }, 'f:spec': { 'f:containers': { 'k:{"name":"web"}': { '.': {}, 'f:image': {}, 'f:name': {} } } } },
    });
    expect(metadata(created).annotations).toBeUndefined();
    expect(metadata(merged).labels).toEqual({ app: 'web', tier: 'frontend' });
    expect(apply(merged)?.fieldsV1).toEqual({ 'f:metadata': { 'f:labels': { 'f:app': {}, 'f:tier': {} } }, 'f:spec': { 'f:containers': { 'k:{"name":"web"}': { '.': {}, 'f:image': {}, 'f:name': {} } } } });
    // Fields others wrote survive the merge: the scheduler's nodeName and the defaults.
    const spec = body(merged).spec as JsonObject;
    expect(spec.nodeName).toBe('node-1');
    expect(spec.schedulerName).toBe('default-scheduler');
    // Other managers (the binding, the kubelet's status) keep their own entries.
    expect((metadata(merged).managedFields as JsonObject[]).length).toBeGreaterThan(1);
  });

  it('merges into a Pod made another way, keeping labels it never applied', () => {
    const trace = run(['kubectl run web --image=nginx', 'kubectl apply -f b.yaml --server-side'], { files });
    const merged = userRequests(trace.steps)[1];
    expect(merged?.http?.status).toBe(200);
    expect(metadata(merged).labels).toEqual({ run: 'web', app: 'web', tier: 'frontend' });
  });

  it('fails strict decoding for an unknown field with 400, writing nothing', () => {
    const bad = pod({ app: 'web' }, { spec: { containers: [{ name: 'web', image: 'nginx', imagePullPolice: 'Always' }] } });
    const trace = run(['kubectl apply -f bad.yaml --server-side'], { files: { 'bad.yaml': bad } });
    const [sent] = userRequests(trace.steps);
    expect(sent?.http?.status).toBe(400);
    expect(trace.steps.at(-1)?.state.kubectlOutput[0]).toContain('unknown field "spec.containers[0].imagePullPolice"');
    // Decoding fails before the registry reads or writes anything.
    expect(trace.steps.filter((s) => s.index > (sent?.index ?? 0) && (s.id === 'etcd.range' || s.id === 'etcd.txn'))).toEqual([]);
  });

  it('is refused on commands other than apply', () => {
    const parsed = parseCommand('kubectl get pods --server-side');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : say(parsed.error)).toContain('--server-side only applies to apply');
  });
});
