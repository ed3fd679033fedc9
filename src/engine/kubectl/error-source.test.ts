// AddSourceToErr: errors of commands that read a file name the file and what kubectl was doing.
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../types';
import { run } from '../testing';

const pod = (name: string): JsonObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'web', image: 'nginx' }] } });
const files = { 'a.yaml': pod('web'), 'bad.yaml': pod('Bad_Name') };
const printed = (commands: string[]): string[] => run(commands, { files }).steps.at(-1)?.state.kubectlOutput ?? [];

describe('kubectl error source', () => {
  it('create -f: error when creating "FILE"', () => {
    expect(printed(['kubectl create -f a.yaml', 'kubectl create -f a.yaml']).at(-1)).toBe('Error from server (AlreadyExists): error when creating "a.yaml": pods "web" already exists');
  });

  it('apply -f: a failed read names the object and the file, over three lines', () => {
    expect(printed(['kubectl apply -f a.yaml --as=jane'])).toEqual([
      'Error from server (Forbidden): error when retrieving current configuration of:',
      'Resource: "/v1, Resource=pods", GroupVersionKind: "/v1, Kind=Pod"',
      'Name: "web", Namespace: "default"',
      'from server for: "a.yaml": pods "web" is forbidden: User "jane" cannot get resource "pods" in API group "" in the namespace "default"',
    ]);
  });

  it('apply -f: a failed create says creating; server-side apply and kubectl run add no source', () => {
    expect(printed(['kubectl apply -f bad.yaml'])[0]).toMatch(/^Error from server \(Invalid\): error when creating "bad.yaml": Pod "Bad_Name" is invalid: /);
    expect(printed(['kubectl apply -f bad.yaml --server-side'])[0]).toMatch(/^Error from server \(Invalid\): Pod "Bad_Name" is invalid: /);
    expect(printed(['kubectl run web --image=nginx', 'kubectl run web --image=nginx']).at(-1)).toBe('Error from server (AlreadyExists): pods "web" already exists');
  });
});
