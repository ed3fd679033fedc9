// --encryption-provider-config: a Secret reaches etcd as k8s:enc:<provider>:v1:<key>: ciphertext
// with it, and as readable protobuf (k8s\x00, the values as plain bytes) without it.
import { describe, expect, it } from 'vitest';
import { run, stepsWithId, only } from '../testing';
import { defaultCluster } from '../cluster/default';
import type { ApiServerOverrides, JsonObject } from '../types';
import { parseCommand } from '../kubectl/parse';
import { say } from '../core/said';
import { base64, unbase64, utf8 } from '../core/bytes';

const CREATE = 'kubectl create secret generic db-pass --from-literal=username=admin --from-literal=password=hunter2';
const withFlags = (apiServer: ApiServerOverrides) => ({ ...defaultCluster(), apiServer });
const PATH = '/etc/kubernetes/enc/config.yaml';
const encryptionConfig = (providers: JsonObject[], resources = ['secrets']): JsonObject => ({
  apiVersion: 'apiserver.config.k8s.io/v1',
  kind: 'EncryptionConfiguration',
  resources: [{ resources, providers }],
});
const storedOf = (t: ReturnType<typeof run>): string => only(t, 'etcd.txn').etcd?.stored ?? '';

describe('kubectl create secret generic', () => {
  it('POSTs a Secret with base64 data and prints secret/NAME created', () => {
    const t = run([`${CREATE} -n team-a`]);
    const req = only(t, 'kubectl.request').http;
    expect(req?.method).toBe('POST');
    expect(req?.path).toBe('/api/v1/namespaces/team-a/secrets?fieldManager=kubectl-create&fieldValidation=Strict');
    expect(req?.requestBody).toEqual({ kind: 'Secret', apiVersion: 'v1', metadata: { name: 'db-pass', creationTimestamp: null }, data: { username: 'YWRtaW4=', password: 'aHVudGVyMg==' } });
    expect(only(t, 'etcd.txn').etcd?.key).toBe('/registry/secrets/team-a/db-pass');
    expect(t.steps.at(-1)?.state.kubectlOutput).toEqual(['secret/db-pass created']);
    // The API server defaults the type kubectl left out.
    expect((only(t, 'apiserver.response').http?.responseBody as JsonObject | undefined)?.type).toBe('Opaque');
  });

  it('rejects what kubectl rejects before sending anything', () => {
    const error = (line: string): string => {
      const p = parseCommand(line);
      return p.ok ? '' : say(p.error);
    };
    expect(error('kubectl create secret generic s --from-literal=novalue')).toContain('invalid literal source novalue, expected key=value');
    expect(error('kubectl create secret generic s --from-literal=a=1 --from-literal=a=2')).toContain('cannot add key a, another key by that name already exists');
    expect(error('kubectl create secret generic s --from-literal=bad/key=1')).toContain('"bad/key" is not valid key name for a Secret');
    expect(error('kubectl create secret generic --from-literal=a=1')).toContain('exactly one NAME is required, got 0');
    expect(error('kubectl run x --image=nginx --from-literal=a=1')).toContain('--from-literal only applies to create secret generic');
  });

  it('base64 round-trips UTF-8', () => {
    expect(base64(utf8('hunter2'))).toBe('aHVudGVyMg==');
    expect(base64(utf8('pässwörd'))).toBe('cMOkc3N3w7ZyZA==');
    expect(unbase64('cMOkc3N3w7ZyZA==')).toEqual(utf8('pässwörd'));
    expect(unbase64('not base64!')).toBeNull();
  });
});

describe('--encryption-provider-config', () => {
  it('without it (kubeadm) the Secret is stored as plain protobuf with the password readable', () => {
    const t = run([CREATE]);
    const stored = storedOf(t);
    expect(stored.startsWith('k8s\\x00')).toBe(true);
    expect(stored).toContain('Secret');
    expect(stored).toContain('hunter2');
    expect(stored).not.toContain('aHVudGVyMg==');
    const step = only(t, 'apiserver.transform');
    expect(step.text.key).toBe('apiserver.transform.identity');
    expect(step.misconception).toBe('secrets-encrypted');
    expect(only(t, 'etcd.txn').misconception).toBe('etcd-stores-json');
  });

  it('with it the value carries the k8s:enc:aescbc:v1:<key>: prefix and no plaintext', () => {
    const t = run([CREATE], { cluster: withFlags({ 'encryption-provider-config': PATH }), files: { [PATH]: encryptionConfig([{ aescbc: { keys: [{ name: 'key7', secret: 'x' }] } }, { identity: {} }]) } });
    const stored = storedOf(t);
    expect(stored.startsWith('k8s:enc:aescbc:v1:key7:')).toBe(true);
    expect(stored).not.toContain('hunter2');
    expect(stored).not.toContain('Secret');
    expect(only(t, 'apiserver.transform').text.key).toBe('apiserver.transform.encrypted');
    expect(only(t, 'etcd.txn').misconception).toBeUndefined();
    // The client never sees the difference: same response, same output.
    expect(t.steps.at(-1)?.state.kubectlOutput).toEqual(['secret/db-pass created']);
  });

  it('the first provider listed encrypts: identity first means unencrypted, secretbox first means secretbox', () => {
    const files = (providers: JsonObject[]) => ({ [PATH]: encryptionConfig(providers) });
    const cluster = withFlags({ 'encryption-provider-config': PATH });
    expect(storedOf(run([CREATE], { cluster, files: files([{ identity: {} }, { aescbc: { keys: [{ name: 'k', secret: 'x' }] } }]) })).startsWith('k8s\\x00')).toBe(true);
    expect(storedOf(run([CREATE], { cluster, files: files([{ secretbox: { keys: [{ name: 'sb', secret: 'x' }] } }]) })).startsWith('k8s:enc:secretbox:v1:sb:')).toBe(true);
    // A configuration that does not name secrets leaves them unencrypted.
    expect(storedOf(run([CREATE], { cluster, files: { [PATH]: encryptionConfig([{ aescbc: { keys: [{ name: 'k', secret: 'x' }] } }], ['configmaps']) } })).startsWith('k8s\\x00')).toBe(true);
  });

  it('without the file in the scenario it assumes the documented aescbc key1, and each write gets fresh bytes', () => {
    const t = run([CREATE, CREATE.replace('db-pass', 'db-pass-2')], { cluster: withFlags({ 'encryption-provider-config': PATH }) });
    const stored = stepsWithId(t, 'etcd.txn').filter((s) => s.etcd?.key.startsWith('/registry/secrets/')).map((s) => s.etcd?.stored ?? '');
    expect(stored).toHaveLength(2);
    expect(stored.every((s) => s.startsWith('k8s:enc:aescbc:v1:key1:'))).toBe(true);
    expect(stored[0]).not.toBe(stored[1]);
  });

  it('is deterministic', () => {
    const opts = { cluster: withFlags({ 'encryption-provider-config': PATH }) };
    expect(storedOf(run([CREATE], opts))).toBe(storedOf(run([CREATE], opts)));
  });

  it('leaves Pods alone: no transform step and no stored bytes on a Pod write', () => {
    const t = run(['kubectl run nginx --image=nginx'], { cluster: withFlags({ 'encryption-provider-config': PATH }) });
    expect(stepsWithId(t, 'apiserver.transform')).toHaveLength(0);
    expect(stepsWithId(t, 'etcd.txn').every((s) => s.etcd?.stored === undefined)).toBe(true);
  });
});
