import { describe, expect, it } from 'vitest';
import { FLAG_HELP, SUPPORTED_COMMANDS } from '../engine';
import { complete, grammarFrom, type Names } from './sandboxComplete';

const grammar = grammarFrom(SUPPORTED_COMMANDS, FLAG_HELP, ['help', 'clear']);
const names: Names = {
  pods: [
    { namespace: 'default', name: 'nginx' },
    { namespace: 'default', name: 'web-7d4b9c-abcde' },
    { namespace: 'dev', name: 'api' },
  ],
  deployments: [{ namespace: 'default', name: 'web' }],
  nodes: ['control-plane', 'node-1', 'node-2'],
  namespaces: ['default', 'dev', 'kube-system'],
};
const tab = (line: string) => complete(line, grammar, names);

describe('sandbox completion', () => {
  it('completes the program, console words and verbs from the engine list', () => {
    expect(tab('')).toEqual({ line: '', options: ['kubectl', 'help', 'clear'] });
    expect(tab('kub').line).toBe('kubectl ');
    expect(tab('he').line).toBe('help ');
    expect(tab('kubectl sc').line).toBe('kubectl scale ');
    expect(tab('kubectl get ').options).toEqual(expect.arrayContaining(['nodes', 'pods', 'pod']));
  });

  it('completes resources and the names that exist now', () => {
    expect(tab('kubectl delete p').line).toBe('kubectl delete pod ');
    expect(tab('kubectl delete pod ng').line).toBe('kubectl delete pod nginx ');
    expect(tab('kubectl logs ').options).toEqual(['nginx', 'web-7d4b9c-abcde']);
    expect(tab('kubectl logs -n dev ').line).toBe('kubectl logs -n dev api ');
    expect(tab('kubectl scale deployment w').line).toBe('kubectl scale deployment web ');
  });

  it('completes flags and their values', () => {
    expect(tab('kubectl run x --im').line).toBe('kubectl run x --image=');
    expect(tab('kubectl get pods -o ').options).toEqual(['wide', 'yaml', 'json']);
    expect(tab('kubectl get pods --namespace d').options).toEqual(['default', 'dev']);
    expect(tab('kubectl get pods --all').line).toBe('kubectl get pods --all-namespaces ');
  });

  it('follows commands the engine adds, placeholders and all', () => {
    const more = grammarFrom([...SUPPORTED_COMMANDS, 'kubectl cordon NODE', 'kubectl taint nodes NODE KEY[=VALUE]:EFFECT[-]', 'kubectl describe pod NAME'], FLAG_HELP, []);
    const tab2 = (line: string) => complete(line, more, names);
    expect(tab2('kubectl cor').line).toBe('kubectl cordon ');
    expect(tab2('kubectl cordon node-').options).toEqual(['node-1', 'node-2']);
    expect(tab2('kubectl taint nodes c').line).toBe('kubectl taint nodes control-plane ');
    expect(tab2('kubectl taint nodes node-1 ')).toEqual({ line: 'kubectl taint nodes node-1 ', options: [] });
    expect(tab2('kubectl describe pod n').line).toBe('kubectl describe pod nginx ');
  });

  it('leaves the line alone when nothing fits', () => {
    expect(tab('kubectl frob')).toEqual({ line: 'kubectl frob', options: [] });
    expect(tab('kubectl exec nginx -- ls')).toEqual({ line: 'kubectl exec nginx -- ls', options: [] });
  });
});
