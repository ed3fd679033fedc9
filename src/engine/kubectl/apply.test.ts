import { describe, expect, it } from 'vitest';
import { run } from '../testing';
import { LAST_APPLIED, threeWayPatch } from './apply';
import type { JsonObject } from '../types';

const pod = (labels: Record<string, string>): JsonObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', labels }, spec: { containers: [{ name: 'web', image: 'nginx' }] } });

describe('kubectl apply -f (client-side)', () => {
  it('diffs three ways: sets what the file changed, nulls what it dropped, keeps what others wrote', () => {
    const original = pod({ app: 'web', track: 'canary' });
    const modified = pod({ app: 'web', tier: 'frontend' });
    const current = { ...pod({ app: 'web', track: 'canary', owner: 'ops' }), spec: { containers: [{ name: 'web', image: 'nginx', imagePullPolicy: 'Always' }], nodeName: 'node-1' } };
    expect(threeWayPatch(original, modified, current)).toEqual({ metadata: { labels: { tier: 'frontend', track: null } } });
    const newImage = { ...modified, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } };
    expect(threeWayPatch(modified, newImage, current)).toMatchObject({ spec: { '$setElementOrder/containers': [{ name: 'web' }], containers: [{ name: 'web', image: 'nginx:1.27' }] } });
  });

  it('GETs, then POSTs with last-applied; then PATCHes the difference; then sends nothing', () => {
    const trace = run(['kubectl apply -f a.yaml', 'kubectl apply -f b.yaml', 'kubectl apply -f b.yaml'], { files: { 'a.yaml': pod({ app: 'web', track: 'canary' }), 'b.yaml': pod({ app: 'web', tier: 'frontend' }) } });
    const sent = trace.steps.filter((s) => s.id === 'kubectl.request').map((s) => `${s.http?.method ?? ''} ${s.http?.path ?? ''}`);
    expect(sent).toEqual([
      'GET /api/v1/namespaces/default/pods/web',
      'POST /api/v1/namespaces/default/pods?fieldManager=kubectl-client-side-apply&fieldValidation=Strict',
      'GET /api/v1/namespaces/default/pods/web',
      'PATCH /api/v1/namespaces/default/pods/web?fieldManager=kubectl-client-side-apply&fieldValidation=Strict',
      'GET /api/v1/namespaces/default/pods/web',
    ]);
    const post = trace.steps.find((s) => s.id === 'kubectl.request' && s.http?.method === 'POST');
    const annotation = (post?.http?.requestBody as { metadata: { annotations: Record<string, string> } }).metadata.annotations[LAST_APPLIED];
    expect(annotation).toBe('{"apiVersion":"v1","kind":"Pod","metadata":{"annotations":{},"labels":{"app":"web","track":"canary"},"name":"web","namespace":"default"},"spec":{"containers":[{"image":"nginx","name":"web"}]}}\n');
    const patch = trace.steps.find((s) => s.id === 'kubectl.request' && s.http?.method === 'PATCH');
    expect(patch?.http?.requestHeaders['Content-Type']).toBe('application/strategic-merge-patch+json');
    expect(trace.steps.at(-1)?.state.kubectlOutput).toEqual(['pod/web created', 'pod/web configured', 'pod/web unchanged']);
  });
});
