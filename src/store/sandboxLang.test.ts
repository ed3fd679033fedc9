// The sandbox console in Simplified Chinese: kubectl's refusal is said in Chinese there and in the
// narration, not as an English reason inside a Chinese sentence.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { playerStore } from './hooks';
import { loadLanguage } from './lang';
import { openSandbox, runLine, useSandbox } from './sandbox';
import { loadDomain } from './traces';

beforeAll(async () => {
  vi.stubGlobal('location', { search: '?lang=zh-CN' });
  await loadLanguage();
  await loadDomain();
});

const lastLog = () => useSandbox.getState().log.at(-1)?.text ?? '';
const narration = () => playerStore().getState().trace.steps.at(-1)?.narration ?? '';

describe('sandbox refusals in Chinese', () => {
  it('says a refused command\'s reason in Chinese, and the supported commands and flags as kubectl writes them', () => {
    openSandbox('?mode=sandbox');
    runLine('kubectl logs');
    expect(lastLog()).toMatch(/^kubectl 拒绝了这条命令：“kubectl logs”：logs 只接受一个 POD 名称\n支持的命令：\n {2}kubectl get nodes\n[^]*\n参数：-n\/--namespace NS, /);
    expect(narration()).toContain('kubectl 在发送任何请求之前就停下了：“kubectl logs”：logs 只接受一个 POD 名称。提示：支持的命令：kubectl get nodes;');
  });

  it('says a file\'s problem and its hint in Chinese', () => {
    openSandbox('?mode=sandbox');
    runLine('kubectl create -f missing.yaml');
    expect(lastLog()).toBe('kubectl 拒绝了这条命令：路径“missing.yaml”不存在\n提示：在场景的 files: 下列出这个文件');
    expect(narration()).not.toMatch(/does not exist|list the file/);
  });
});
