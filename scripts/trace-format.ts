// The two outputs of the trace CLI: JSON (stable field order) and a Markdown transcript.
import type { RenderedTrace, Step } from '../src/catalog/types';
import type { Scenario } from '../src/scenario/types';

export function toJson(trace: RenderedTrace, withState: boolean): object {
  return {
    scenario: trace.scenario,
    kubernetesVersion: trace.kubernetesVersion,
    steps: trace.steps.map((s) => {
      const { state, command: _command, ...rest } = s;
      const out: Record<string, unknown> = {
        id: rest.id,
        index: rest.index,
        level: rest.level,
        actor: rest.actor,
        from: rest.from,
        to: rest.to,
      };
      if (rest.stage) out.stage = rest.stage;
      out.title = rest.title;
      out.narration = rest.narration;
      for (const k of ['misconception', 'note', 'http', 'etcd', 'watch', 'cri', 'event', 'scheduling', 'detail'] as const) {
        if (rest[k] !== undefined) out[k] = rest[k];
      }
      if (withState) out.state = state;
      return out;
    }),
  };
}

function payloadLines(s: Step): string[] {
  const lines: string[] = [];
  if (s.http) {
    lines.push(s.http.leg === 'request' ? `- HTTP: \`${s.http.method} ${s.http.path}\` → ${s.http.status} ${s.http.statusText}` : `- HTTP response: \`${s.http.status} ${s.http.statusText}\` to \`${s.http.method} ${s.http.path}\``);
  }
  if (s.etcd) lines.push(`- etcd: ${s.etcd.op} \`${s.etcd.key}\`${s.etcd.compare ? ` if \`${s.etcd.compare}\`` : ''} → revision ${s.etcd.revision}${s.etcd.succeeded ? '' : ' (compare failed)'}`);
  if (s.watch) lines.push(`- watch: ${s.watch.type} \`${s.watch.key}\` to ${s.watch.watcher}${s.watch.fieldSelector ? ` (fieldSelector \`${s.watch.fieldSelector}\`)` : ''}, resourceVersion ${s.watch.resourceVersion}`);
  if (s.cri) lines.push(`- CRI: ${s.cri.service}/${s.cri.call}`);
  if (s.event) lines.push(`- Event: ${s.event.type} ${s.event.reason}: ${s.event.message}`);
  if (s.scheduling) {
    for (const n of s.scheduling.nodes) {
      const failed = n.filters.find((f) => !f.passed);
      lines.push(`- node ${n.node}: ${n.feasible ? `feasible, score ${n.total}` : `filtered out by ${failed?.plugin ?? '?'} (${failed?.reason ?? ''})`}`);
    }
  }
  if (s.misconception) lines.push(`- Often said: ${s.misconception.often} What really happens: ${s.misconception.really}`);
  if (s.note) lines.push(`- Note: ${s.note}`);
  return lines;
}

export function toMarkdown(scenario: Scenario, trace: RenderedTrace): string {
  const out: string[] = [`# ${scenario.title}`, '', scenario.summary, '', `Kubernetes ${trace.kubernetesVersion}. Commands: ${scenario.commands.map((c) => `\`${c}\``).join(', ')}.`, ''];
  for (const s of trace.steps) {
    out.push(`## ${s.index + 1}. ${s.title} \`[${s.level}]\``, '', `${s.actor} (${s.from} → ${s.to})${s.stage ? `, stage ${s.stage}` : ''}`, '', s.narration, '');
    const lines = payloadLines(s);
    if (lines.length) out.push(...lines, '');
  }
  const last = trace.steps[trace.steps.length - 1];
  if (last && last.state.kubectlOutput.length) out.push('## kubectl output', '', '```', ...last.state.kubectlOutput, '```', '');
  return out.join('\n');
}
