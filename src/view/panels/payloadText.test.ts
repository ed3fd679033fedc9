import { describe, expect, it } from 'vitest';
import { changedKeys } from './EtcdTable';
import { etcdBlocks, httpBlocks } from './payloadText';

const http = {
  exchangeId: 'e1',
  method: 'POST' as const,
  path: '/api/v1/namespaces/default/pods?fieldManager=kubectl-run',
  requestHeaders: { 'Content-Type': 'application/json' },
  requestBody: { kind: 'Pod', metadata: { name: 'nginx' } },
  status: 201,
  statusText: 'Created',
  responseHeaders: { 'Content-Type': 'application/json' },
  responseBody: { kind: 'Pod', status: { phase: 'Pending' } },
};

describe('payload text', () => {
  it('shows the request line with its query, headers and a YAML body on the request leg', () => {
    const [request, ...rest] = httpBlocks({ ...http, leg: 'request' });
    expect(rest).toEqual([]);
    expect(request?.text.split('\n')).toEqual([
      'POST /api/v1/namespaces/default/pods?fieldManager=kubectl-run HTTP/2',
      'Content-Type: application/json',
      '',
      'kind: Pod',
      'metadata:',
      '  name: nginx',
    ]);
  });

  it('shows the status line first on the response leg', () => {
    const blocks = httpBlocks({ ...http, leg: 'response' });
    expect(blocks[0]?.text.split('\n')[0]).toBe('HTTP/2 201 Created');
    expect(blocks[0]?.text).toContain('phase: Pending');
    expect(blocks[1]?.text).toBe('POST /api/v1/namespaces/default/pods?fieldManager=kubectl-run');
  });

  it('shows an etcd Txn with its compare', () => {
    const [block] = etcdBlocks({
      op: 'Txn', key: '/registry/pods/default/nginx', compare: 'mod_revision("/registry/pods/default/nginx") == 0',
      then: 'Put', succeeded: true, revision: 30, modRevision: 30,
    });
    expect(block?.text).toContain('compare: mod_revision("/registry/pods/default/nginx") == 0');
    expect(block?.text).toContain('header revision: 30');
  });
});

describe('changedKeys', () => {
  const row = (key: string, modRevision: number) => ({ key, createRevision: 1, modRevision, version: 1, summary: '' });
  it('marks new keys and keys with a new mod_revision, nothing on the first step', () => {
    expect(changedKeys([row('/a', 1)], undefined).size).toBe(0);
    const changed = changedKeys([row('/a', 1), row('/b', 5), row('/c', 6)], [row('/a', 1), row('/b', 2)]);
    expect([...changed].sort()).toEqual(['/b', '/c']);
  });
});
