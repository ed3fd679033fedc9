// The terminal as the user saw it: each command's prompt followed by what kubectl printed for it.
// The trace only keeps kubectl's output as one growing list, so the lines are split per command
// at the last step of each command.
import type { Step } from '../../catalog/types';

export interface TerminalEntry {
  command: string;
  lines: string[];
}

const ends = new WeakMap<readonly Step[], number[]>();

/** Output length at the end of each command (cumulative), memoised per trace. */
function outputEnds(steps: readonly Step[]): number[] {
  const cached = ends.get(steps);
  if (cached) return cached;
  const out: number[] = [];
  for (const step of steps) out[step.command] = step.state.kubectlOutput.length;
  for (let i = 0; i < out.length; i++) out[i] ??= out[i - 1] ?? 0;
  ends.set(steps, out);
  return out;
}

export function terminalAt(steps: readonly Step[], commands: readonly string[], cursor: number): TerminalEntry[] {
  const step = steps[cursor];
  if (!step) return [];
  const printed = step.state.kubectlOutput;
  const boundaries = outputEnds(steps);
  const entries: TerminalEntry[] = [];
  for (let c = 0; c <= step.command; c++) {
    const from = c === 0 ? 0 : (boundaries[c - 1] ?? 0);
    const to = c === step.command ? printed.length : (boundaries[c] ?? printed.length);
    entries.push({ command: commands[c] ?? '', lines: printed.slice(from, to) });
  }
  return entries;
}
