// kubectl replace -f and the API server's resourceVersion precondition: a stale version is 409
// Conflict with nothing written; a file without one is versioned from a GET and overwrites.
import { describe, expect, it } from 'vitest';
import { run } from '../testing';
import type { JsonObject, RawStep, Trace } from '../types';

const CREATE = 'kubectl create deployment web --image=nginx --replicas=3';
const SCALE = 'kubectl scale deployment web --replicas=5';

function deployment(replicas: number, resourceVersion?: string): JsonObject {
  const metadata: JsonObject = { name: 'web', labels: { app: 'web' } };
  if (resourceVersion) metadata.resourceVersion = resourceVersion;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata,
    spec: { replicas, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } } },
  };
}

const output = (t: Trace): string[] => t.steps.at(-1)?.state.kubectlOutput ?? [];
const sent = (t: Trace, command: number): RawStep[] => t.steps.filter((s) => s.command === command && s.id === 'kubectl.request');
const answer = (t: Trace, request: RawStep | undefined): RawStep | undefined => t.steps.find((s) => s.http?.leg === 'response' && s.http.exchangeId === request?.http?.exchangeId);

/** The resourceVersion the create answered with: what `get -o yaml` would have shown then. */
function createdVersion(): string {
  const t = run([CREATE]);
  const rv = (answer(t, sent(t, 0)[0])?.http?.responseBody as { metadata: { resourceVersion: string } }).metadata.resourceVersion;
  return rv;
}

describe('kubectl replace -f', () => {
  it('a stale resourceVersion is 409 Conflict with the real Status, and nothing is written', () => {
    const t = run([CREATE, SCALE, 'kubectl replace -f web.yaml'], { files: { 'web.yaml': deployment(4, createdVersion()) } });
    const [put] = sent(t, 2);
    expect(put?.http?.method).toBe('PUT');
    expect(put?.http?.path).toBe('/apis/apps/v1/namespaces/default/deployments/web?fieldManager=kubectl-replace&fieldValidation=Strict');
    const message = 'Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again';
    expect(answer(t, put)?.http?.status).toBe(409);
    expect(answer(t, put)?.http?.responseBody).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason: 'Conflict', details: { name: 'web', group: 'apps', kind: 'deployments.apps' }, code: 409 });
    expect(output(t).at(-1)).toBe(`Error from server (Conflict): error when replacing "web.yaml": ${message}`);
    const replaceSteps = t.steps.filter((s) => s.command === 2);
    expect(replaceSteps.some((s) => s.etcd?.op === 'Txn')).toBe(false);
    expect(replaceSteps.at(-1)?.state.revision).toBe(replaceSteps[0]?.state.revision);
    const check = replaceSteps.find((s) => s.id === 'apiserver.precondition');
    expect(check?.text.key).toBe('apiserver.precondition.conflict');
    expect(check?.level).toBe('overview');
  });

  it('without a resourceVersion kubectl GETs one, and the PUT overwrites the newer change', () => {
    const t = run([CREATE, SCALE, 'kubectl replace -f web.yaml'], { files: { 'web.yaml': deployment(4) } });
    const [get, put] = sent(t, 2);
    expect(get?.http?.method).toBe('GET');
    expect(get?.http?.path).toBe('/apis/apps/v1/namespaces/default/deployments/web');
    const live = (answer(t, get)?.http?.responseBody as { metadata: { resourceVersion: string } }).metadata.resourceVersion;
    expect((put?.http?.requestBody as { metadata: { resourceVersion: string } }).metadata.resourceVersion).toBe(live);
    const stored = answer(t, put)?.http?.responseBody as { spec: { replicas: number }; metadata: { generation: number; managedFields: { manager: string }[] }; status: JsonObject };
    expect(answer(t, put)?.http?.status).toBe(200);
    expect(stored.spec.replicas).toBe(4);
    expect(stored.metadata.generation).toBe(3);
    expect(stored.metadata.managedFields.map((m) => m.manager)).toContain('kubectl-replace');
    expect(output(t).at(-1)).toBe('deployment.apps/web replaced');
    // The deployment controller follows the new spec: the ReplicaSet goes from 5 to 4.
    expect(t.steps.some((s) => s.command === 2 && s.text.key === 'controller.deployment.scale' && s.text.params.from === 5 && s.text.params.to === 4)).toBe(true);
  });

  it('replacing a Deployment that does not exist is 404 from the PUT (no create on update)', () => {
    const t = run(['kubectl replace -f web.yaml'], { files: { 'web.yaml': deployment(2) } });
    expect(sent(t, 0).map((s) => s.http?.method)).toEqual(['GET', 'PUT']);
    expect(output(t)).toEqual(['Error from server (NotFound): error when replacing "web.yaml": deployments.apps "web" not found']);
  });

  it('a Pod manifest is refused by kubectl before anything is sent', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } };
    const t = run(['kubectl replace -f pod.yaml'], { files: { 'pod.yaml': pod } });
    expect(t.steps.some((s) => s.http)).toBe(false);
    expect(output(t)[0]).toMatch(/^error: replace is modelled for Deployment manifests/);
  });
});

describe('files and verbs', () => {
  it('create -f and apply -f of a Deployment manifest stop in kubectl', () => {
    const t = run(['kubectl create -f web.yaml', 'kubectl apply -f web.yaml'], { files: { 'web.yaml': deployment(2) } });
    expect(t.steps.some((s) => s.http)).toBe(false);
    expect(output(t)).toEqual(['error: create -f is modelled for Pod manifests; web.yaml is a "Deployment"', 'error: apply -f is modelled for Pod manifests; web.yaml is a "Deployment"']);
  });
});
