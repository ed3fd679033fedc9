import { describe, expect, it } from 'vitest';
import { defaultCluster } from '../cluster/default';
import { run } from '../testing';
import { tabwrite } from './tabwriter';
import { parseCommand } from './parse';

function kubectlRequests(trace: ReturnType<typeof run>, from: number): string[] {
  return trace.steps.filter((s, i) => i >= from && s.id === 'kubectl.request').map((s) => `${s.http?.method ?? ''} ${s.http?.path ?? ''}`);
}

describe('tabwrite (Go text/tabwriter, padding 2)', () => {
  it('aligns a column per block of consecutive lines and breaks at a line without that cell', () => {
    expect(tabwrite(['Name:\tnginx', 'Service Account:\tdefault', 'IPs:', '  IP:\t10.0.0.1'])).toEqual([
      'Name:             nginx',
      'Service Account:  default',
      'IPs:',
      '  IP:  10.0.0.1',
    ]);
  });
});

describe('kubectl describe pod', () => {
  it('parses pod NAME and pod/NAME, and refuses other resources', () => {
    expect(parseCommand('kubectl describe pod nginx -n web')).toMatchObject({ ok: true, command: { verb: 'describe', name: 'nginx', flags: { namespace: 'web' } } });
    expect(parseCommand('kubectl describe po/nginx')).toMatchObject({ ok: true, command: { verb: 'describe', name: 'nginx' } });
    expect(parseCommand('kubectl describe deployment web').ok).toBe(false);
  });

  it('GETs the pod twice, then lists events by name, namespace and uid', () => {
    const trace = run(['kubectl run nginx --image=nginx', 'kubectl describe pod nginx']);
    const start = trace.steps.findIndex((s) => s.command === 1);
    const reqs = kubectlRequests(trace, start);
    expect(reqs.slice(0, 2)).toEqual(['GET /api/v1/namespaces/default/pods/nginx', 'GET /api/v1/namespaces/default/pods/nginx']);
    expect(reqs[2]).toMatch(/^GET \/api\/v1\/namespaces\/default\/events\?fieldSelector=involvedObject\.name%3Dnginx%2CinvolvedObject\.namespace%3Ddefault%2CinvolvedObject\.uid%3D[0-9a-f-]{36}&limit=500$/);
    expect(reqs).toHaveLength(3);
  });

  it('prints the waiting reason and the pull failures of a pod in image pull back-off', () => {
    const cluster = defaultCluster();
    cluster.unpullableImages = ['nginx:1.99'];
    const trace = run(['kubectl run web --image=nginx:1.99', 'kubectl describe pod web'], { cluster });
    const out = trace.steps.at(-1)?.state.kubectlOutput ?? [];
    expect(out).toContain('    State:          Waiting');
    expect(out.some((l) => /^ {6}Reason: +(ErrImagePull|ImagePullBackOff)$/.test(l))).toBe(true);
    expect(out.filter((l) => /^ {2}Warning +Failed +.*Error: ErrImagePull$/.test(l)).length).toBeGreaterThan(0);
    expect(out.filter((l) => /^ {2}Normal +Scheduled +\d+s +default-scheduler +Successfully assigned default\/web to node-\d$/.test(l))).toHaveLength(1);
  });

  it('prints NotFound for a pod that does not exist and sends nothing more', () => {
    const trace = run(['kubectl describe pod ghost']);
    expect(trace.steps.at(-1)?.state.kubectlOutput).toEqual(['Error from server (NotFound): pods "ghost" not found']);
    expect(kubectlRequests(trace, 0)).toHaveLength(1);
  });
});
