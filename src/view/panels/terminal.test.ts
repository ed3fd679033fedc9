import { describe, expect, it } from 'vitest';
import type { Step } from '../../catalog/types';
import { terminalAt } from './terminal';

function step(command: number, kubectlOutput: string[]): Step {
  return {
    id: 's', index: 0, level: 'overview', actor: 'kubectl', from: 'kubectl', to: 'kubectl', command, title: '',
    narration: '', state: { revision: 1, etcd: [], nodes: [], pods: [], schedulerQueue: [], watches: [], kubectlOutput, clock: 0 },
  };
}

describe('terminalAt', () => {
  const steps = [
    step(0, []),
    step(0, ['pod/nginx created']),
    step(1, ['pod/nginx created']),
    step(1, ['pod/nginx created', 'NAME    READY', 'nginx   1/1']),
  ];
  const commands = ['kubectl run nginx --image=nginx', 'kubectl get pods'];

  it('shows only the first prompt before anything is printed', () => {
    expect(terminalAt(steps, commands, 0)).toEqual([{ command: commands[0], lines: [] }]);
  });

  it('puts each line under the command that printed it', () => {
    expect(terminalAt(steps, commands, 2)).toEqual([
      { command: commands[0], lines: ['pod/nginx created'] },
      { command: commands[1], lines: [] },
    ]);
    expect(terminalAt(steps, commands, 3)).toEqual([
      { command: commands[0], lines: ['pod/nginx created'] },
      { command: commands[1], lines: ['NAME    READY', 'nginx   1/1'] },
    ]);
  });
});
