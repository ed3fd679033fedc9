// Checkpoint progress per scenario, as stored in localStorage. Reading never throws: a corrupt,
// foreign or older record is treated as no progress.
export const PROGRESS_KEY = 'kubewalk.checkpoints';
export const PROGRESS_VERSION = 1;

export type Answer = { choice: number } | { skipped: true };
/** scenario id → checkpoint id (the step id it comes before) → answer. */
export type Progress = Record<string, Record<string, Answer>>;

function isAnswer(v: unknown): v is Answer {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (Number.isInteger(o.choice) && (o.choice as number) >= 0) || o.skipped === true;
}

export function readProgress(text: string | null): Progress {
  if (!text) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const { version, scenarios } = raw as { version?: unknown; scenarios?: unknown };
  if (version !== PROGRESS_VERSION || typeof scenarios !== 'object' || scenarios === null) return {};
  const out: Progress = {};
  for (const [id, answers] of Object.entries(scenarios)) {
    if (typeof answers !== 'object' || answers === null) continue;
    const kept = Object.entries(answers as Record<string, unknown>).filter(([, a]) => isAnswer(a)) as [string, Answer][];
    if (kept.length > 0) out[id] = Object.fromEntries(kept);
  }
  return out;
}

export function writeProgress(progress: Progress): string {
  return JSON.stringify({ version: PROGRESS_VERSION, scenarios: progress });
}

export function withAnswer(progress: Progress, scenarioId: string, before: string, answer: Answer): Progress {
  return { ...progress, [scenarioId]: { ...progress[scenarioId], [before]: answer } };
}
