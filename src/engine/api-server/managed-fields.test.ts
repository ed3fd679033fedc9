import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../types';
import { appliedBefore, fieldsV1, removeDropped, withApplyEntry } from './managed-fields';

const manifest: JsonObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] }, { name: 'log', image: 'busybox' }] } };

describe('server-side apply field sets', () => {
  it('owns what the file names, not its identity; containers by name, other lists whole', () => {
    expect(fieldsV1(manifest)).toEqual({
      'f:metadata': { 'f:labels': { 'f:app': {} } },
      'f:spec': { 'f:containers': { 'k:{"name":"web"}': { '.': {}, 'f:image': {}, 'f:name': {}, 'f:ports': {} }, 'k:{"name":"log"}': { '.': {}, 'f:image': {}, 'f:name': {} } } },
    });
  });

  it('removes a dropped label and a dropped container, and nothing it never owned', () => {
    const live: JsonObject = { ...manifest, metadata: { name: 'web', namespace: 'default', labels: { app: 'web', owner: 'ops' } }, spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] }, { name: 'log', image: 'busybox' }], nodeName: 'node-1' } };
    const next: JsonObject = { ...manifest, metadata: { name: 'web' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } };
    const out = removeDropped(live, fieldsV1(manifest), fieldsV1(next));
    expect(out.metadata).toEqual({ name: 'web', namespace: 'default', labels: { owner: 'ops' } });
    expect(out.spec).toEqual({ containers: [{ name: 'web', image: 'nginx' }], nodeName: 'node-1' });
  });

  it('keeps one Apply entry per manager and leaves other managers alone', () => {
    const live: JsonObject = { ...manifest, metadata: { name: 'web', managedFields: [{ manager: 'kube-scheduler', operation: 'Update' }] } };
    const once = withApplyEntry(live, 'kubectl', 't1', { 'f:spec': {} });
    const twice = withApplyEntry(once, 'kubectl', 't2', { 'f:metadata': {} });
    expect((twice.metadata as { managedFields: unknown[] }).managedFields).toEqual([
      { manager: 'kube-scheduler', operation: 'Update' },
      { manager: 'kubectl', operation: 'Apply', apiVersion: 'v1', time: 't2', fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': {} } },
    ]);
    expect(appliedBefore(twice, 'kubectl')).toEqual({ 'f:metadata': {} });
    expect(appliedBefore(twice, 'someone-else')).toEqual({});
  });
});
