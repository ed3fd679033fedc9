// The sandbox session runs the same engine as a scenario: typed commands give the batch trace,
// edits and user switches re-run it on the changed cluster, and the player plays what grows.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCluster, MODEL_VERSION, simulate, withUser } from '../engine';
import { playerStore } from './hooks';
import { addEdit, openSandbox, runLine, setUser, useSandbox } from './sandbox';
import { loadDomain } from './traces';

beforeAll(loadDomain);

const input = { id: 'sandbox', kubernetesVersion: MODEL_VERSION, files: {} };
const ids = () => playerStore().getState().trace.steps.map((s) => `${s.id}|${s.title}`);
const batchIds = (commands: string[], cluster = defaultCluster()) =>
  simulate({ ...input, cluster, commands }).steps.map((s) => s.index);

describe('sandbox session', () => {
  it('commands typed one by one give the same steps as the batch, and play from the new one', () => {
    openSandbox('?mode=sandbox');
    expect(playerStore().getState().trace.steps).toEqual([]);
    runLine('kubectl run nginx --image=nginx');
    const first = playerStore().getState().trace.steps.length;
    runLine('kubectl get pods');
    const { trace, playback, scenario } = playerStore().getState();
    expect(trace.steps.map((s) => s.index)).toEqual(batchIds(['kubectl run nginx --image=nginx', 'kubectl get pods']));
    expect(JSON.stringify(trace.steps.map((s) => s.state))).toBe(
      JSON.stringify(simulate({ ...input, cluster: defaultCluster(), commands: ['kubectl run nginx --image=nginx', 'kubectl get pods'] }).steps.map((s) => s.state)),
    );
    expect(scenario.commands).toEqual(['kubectl run nginx --image=nginx', 'kubectl get pods']);
    expect(playback.cursor).toBeGreaterThanOrEqual(first);
    expect(trace.steps[playback.cursor]?.command).toBe(1);
    expect(playback.playing).toBe(true);
    expect(useSandbox.getState().names.pods.filter((p) => p.namespace === 'default')).toEqual([{ namespace: 'default', name: 'nginx' }]);
  });

  it('help and clear stay in the console; an unsupported command is the engine\'s error step', () => {
    openSandbox('?mode=sandbox');
    runLine('help');
    expect(playerStore().getState().trace.steps).toEqual([]);
    expect(useSandbox.getState().log.at(-1)?.text).toContain('kubectl get nodes');
    runLine('clear');
    expect(useSandbox.getState().log).toEqual([]);
    runLine('kubectl cook dinner');
    expect(playerStore().getState().trace.steps.map((s) => s.id)).toEqual(['kubectl.error']);
    expect(useSandbox.getState().log.at(-1)).toMatchObject({ kind: 'error' });
    expect(useSandbox.getState().log.at(-1)?.text).toMatch(/^kubectl rejects the command: unsupported kubectl command: "kubectl cook dinner"\nSupported commands:\n {2}kubectl get nodes\n[^]*\nFlags: -n\/--namespace NS/);
    expect(useSandbox.getState().history).toEqual(['help', 'clear', 'kubectl cook dinner']);
  });

  it('a cluster edit and a user switch re-run the commands on the changed cluster', () => {
    openSandbox('?mode=sandbox&cmd=kubectl+run+web+--image%3Dnginx');
    const before = ids();
    expect(addEdit({ type: 'quotaAdded', namespace: 'default', resource: 'pods', value: '0' })).toBeNull();
    const after = ids();
    expect(after).not.toEqual(before);
    expect(playerStore().getState().trace.steps.at(-1)?.state.kubectlOutput.join('\n')).toContain('exceeded quota');
    expect(addEdit({ type: 'nodeRemoved', node: 'control-plane' })).toContain('only worker nodes');

    setUser('anonymous');
    const cluster = withUser(defaultCluster(), 'anonymous');
    expect(useSandbox.getState().cluster.user).toEqual(cluster.user);
    expect(useSandbox.getState().session).toMatchObject({ user: 'anonymous', commands: ['kubectl run web --image=nginx'] });
    expect(playerStore().getState().trace.steps.at(-1)?.state.kubectlOutput.join('\n')).toContain('system:anonymous');
  });

  it('starts from a scenario with its cluster and files', () => {
    openSandbox('?mode=sandbox&from=failed-scheduling&cmd=kubectl+create+-f+big.yaml');
    const { trace } = playerStore().getState();
    expect(trace.steps.some((s) => s.event?.reason === 'FailedScheduling')).toBe(true);
    expect(useSandbox.getState().log[0]?.text).toContain('from the scenario');
  });
});
