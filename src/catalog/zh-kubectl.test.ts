// kubectl's refusals in Simplified Chinese: every way kubectl refuses a command (the corpus below
// reaches each English template, which said.test.ts reads from the source) is said in Chinese in
// the narration, while the terminal keeps kubectl's English and English narration reads as before.
import { describe, expect, it } from 'vitest';
import type { JsonObject, Said, Trace } from '../engine/types';
import { run } from '../engine/testing';
import { en } from './en';
import { renderTrace } from './render';
import { say } from './said';
import { zhCN } from './zh-CN';
import { zhKubectlErrors } from './zh-kubectl-errors';

const FILES: Record<string, JsonObject> = {
  'pod.yaml': { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: { containers: [{ name: 'a', image: 'nginx' }] } },
  'deploy.yaml': { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } },
  'nokind.yaml': { apiVersion: 'v1', metadata: { name: 'x' } },
};

/** One command line per way to be refused. */
const REFUSED = [
  'helm install x',
  'kubectl get pods --sort-by=x',
  'kubectl get pods -n',
  'kubectl get pods -o jsonpath',
  'kubectl delete pod web --grace-period=soon',
  'kubectl scale deployment web --replicas=two',
  'kubectl delete pod web --wait=maybe',
  'kubectl get pods --server-side',
  'kubectl get services',
  'kubectl get nodes node-1',
  'kubectl get pods --image=nginx',
  'kubectl get nodes -w',
  'kubectl run web --image=nginx -w',
  'kubectl delete deployment web',
  'kubectl delete pod web --force',
  'kubectl run web --image=nginx -- sh',
  'kubectl logs',
  'kubectl exec web',
  'kubectl cordon',
  'kubectl cordon node-1 -o wide',
  'kubectl taint nodes node-1',
  'kubectl taint nodes node-1 dedicated=gpu:Sometimes',
  'kubectl describe deployment web',
  'kubectl describe pod web -o wide',
  'kubectl run web --image=nginx --from-literal=a=b',
  'kubectl create secret generic s --image=nginx',
  'kubectl create secret tls s',
  'kubectl create secret generic',
  'kubectl create secret generic s --from-literal=novalue',
  'kubectl create secret generic s --from-literal=a!b=c',
  'kubectl create secret generic s --from-literal=a=1 --from-literal=a=2',
  'kubectl create deployment',
  'kubectl create deployment web',
  'kubectl scale pod web --replicas=2',
  'kubectl scale deployment web',
  'kubectl run web --image=nginx --replicas=2',
  'kubectl run web --image=nginx --force',
  'kubectl run web --image=nginx -A',
  'kubectl run web --image=nginx -o yaml',
  'kubectl run --image=nginx',
  'kubectl run web',
  'kubectl apply',
  'kubectl replace',
  'kubectl create',
  'kubectl auth can-i create',
  'kubectl auth can-i fly pods',
  'kubectl drain node-1',
  'kubectl create -f missing.yaml',
  'kubectl create -f deploy.yaml',
  'kubectl replace -f pod.yaml',
  'kubectl replace -f nokind.yaml',
];

function refused(line: string): { trace: Trace; index: number; error: Said; hint: Said } {
  const trace = run([line], { files: FILES });
  const index = trace.steps.findIndex((s) => s.id === 'kubectl.error');
  const { error, hint } = trace.steps[index]?.text.params ?? {};
  if (typeof error !== 'object' || typeof hint !== 'object') throw new Error(`"${line}" was not refused with words`);
  return { trace, index, error, hint };
}

const templates = (said: Said): string[] => [said.text, ...said.values.flatMap((v) => (typeof v === 'object' ? templates(v) : []))];

describe('kubectl refusals in Simplified Chinese', () => {
  it('the corpus reaches every template the catalog translates, and nothing it lacks', () => {
    const reached = new Set(REFUSED.flatMap((line) => {
      const { error, hint } = refused(line);
      return [...templates(error), ...templates(hint)];
    }));
    expect([...reached].sort()).toEqual(Object.keys(zhKubectlErrors).sort());
  });

  it('narrates every refusal in Chinese, with no English reason left, and kubectl still prints English', () => {
    for (const line of REFUSED) {
      const { trace, index, error, hint } = refused(line);
      const step = renderTrace(trace, zhCN.catalog, {}, en).steps[index];
      const chinese = say(error, zhKubectlErrors);
      expect(step?.narration, line).toContain(`：${chinese}。`);
      expect(step?.narration, line).toContain(say(hint, zhKubectlErrors));
      expect(step?.narration, line).not.toContain(say(error));
      expect(chinese, line).toMatch(/[\u4e00-\u9fff]/);
      expect(trace.steps[index]?.state.kubectlOutput, line).toEqual([`error: ${say(error)}`]);
    }
    const { trace, index } = refused('kubectl get pods --sort-by=x');
    expect(renderTrace(trace, zhCN.catalog, {}, en).steps[index]?.narration).toMatch(/^kubectl 在发送任何请求之前就停下了：“kubectl get pods --sort-by=x”：未知参数“--sort-by”。提示：支持的命令：kubectl get nodes; kubectl get pods; [^]*；参数：-n\/--namespace NS, [^]*。$/);
  });

  it('reads in English', () => {
    const narration = (line: string) => {
      const { trace, index } = refused(line);
      return renderTrace(trace, en).steps[index]?.narration;
    };
    expect(narration('kubectl get pods --sort-by=x')).toMatch(/^kubectl stops before sending anything: unknown flag "--sort-by" in "kubectl get pods --sort-by=x"\. Hint: supported commands: kubectl get nodes; kubectl get pods; [^]*; flags: -n\/--namespace NS, [^]*\.$/);
    expect(narration('kubectl replace -f nokind.yaml')).toBe('kubectl stops before sending anything: replace is modelled for Deployment manifests (apiVersion apps/v1, kind Deployment, metadata.name); this file is a manifest without a kind. Hint: create -f and apply -f take a Pod manifest, replace -f a Deployment.');
    expect(narration('kubectl create -f missing.yaml')).toBe('kubectl stops before sending anything: the path "missing.yaml" does not exist. Hint: list the file under files: in the scenario.');
  });

  it('a narration the pack lacks is English, its reason too', () => {
    const { trace, index, error } = refused('kubectl logs');
    const { 'kubectl.error': _dropped, ...steps } = zhCN.catalog.steps;
    const step = renderTrace(trace, { ...zhCN.catalog, steps }, {}, en).steps[index];
    expect(step?.lang).toBe('en');
    expect(step?.narration).toContain(`: ${say(error)}.`);
  });
});
