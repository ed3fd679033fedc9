// Validation of `checkpoints:` and `speakerNotes:`, with the same file/line/field errors as the rest.
import type { JsonValue } from '../engine/types';
import { STEP_IDS } from '../engine';
import type { Checker } from './checker';
import { closest } from './locate';
import type { Checkpoint, CheckpointChoice } from './types';
import { w } from '../catalog/said';

const CHECKPOINT_FIELDS = ['before', 'question', 'choices'] as const;
const CHOICE_FIELDS = ['text', 'correct', 'explanation'] as const;
const MIN_CHOICES = 2;
const MAX_CHOICES = 5;

function stepIdOk(c: Checker, path: (string | number)[], v: JsonValue | undefined): v is string {
  if (!c.string(path, v, w`the id of the step the question comes before, e.g. scheduler.bind`)) return false;
  if ((STEP_IDS as readonly string[]).includes(v)) return true;
  const guess = closest(v, STEP_IDS);
  c.fail(path, w`unknown step id "${v}"`, guess ? w`did you mean "${guess}"?` : w`use a step id from \`npm run trace -- <scenario>\``);
  return false;
}

function parseChoice(c: Checker, path: (string | number)[], v: JsonValue): CheckpointChoice | null {
  if (!c.object(path, v, CHOICE_FIELDS)) return null;
  const text = c.string([...path, 'text'], v.text, w`the answer as the class would read it`) ? v.text : '';
  const explanation = c.string([...path, 'explanation'], v.explanation, w`one or two sentences on why this answer is right or wrong`) ? v.explanation : '';
  const correct = v.correct ?? false;
  if (typeof correct !== 'boolean') {
    c.fail([...path, 'correct'], w`expected true or false, found ${JSON.stringify(correct)}`, w`write correct: true on the one right answer and leave it out elsewhere`);
    return null;
  }
  return text && explanation ? { text, explanation, correct } : null;
}

function parseCheckpoint(c: Checker, i: number, v: JsonValue, seen: Set<string>): Checkpoint | null {
  const path = ['checkpoints', i];
  if (!c.object(path, v, CHECKPOINT_FIELDS)) return null;
  const before = stepIdOk(c, [...path, 'before'], v.before) ? v.before : '';
  if (before && seen.has(before)) c.fail([...path, 'before'], w`a checkpoint before "${before}" is already declared`, w`ask one question per step: merge the two`);
  seen.add(before);
  const question = c.string([...path, 'question'], v.question, w`a "What happens next?" question`) ? v.question : '';
  const raw = v.choices;
  if (!Array.isArray(raw) || raw.length < MIN_CHOICES || raw.length > MAX_CHOICES) {
    c.fail([...path, 'choices'], w`expected a list of ${MIN_CHOICES} to ${MAX_CHOICES} choices`, w`write each choice as text:, explanation: and, on the right one, correct: true`);
    return null;
  }
  const choices = raw.map((ch, j) => parseChoice(c, [...path, 'choices', j], ch));
  const right = choices.filter((ch) => ch?.correct).length;
  if (right !== 1) c.fail([...path, 'choices'], w`expected exactly one correct choice, found ${right}`, w`mark the one right answer with correct: true`);
  if (!before || !question || right !== 1 || choices.some((ch) => ch === null)) return null;
  return { before, question, choices: choices.filter((ch): ch is CheckpointChoice => ch !== null) };
}

export function parseCheckpoints(c: Checker, v: JsonValue | undefined): Checkpoint[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    c.fail(['checkpoints'], w`expected a list of questions`, w`write checkpoints: then "- before: <step id>" with question: and choices: below it`);
    return [];
  }
  const seen = new Set<string>();
  return v.flatMap((item, i) => parseCheckpoint(c, i, item, seen) ?? []);
}

/** Step-id keyed plain-text notes (`notes:` and `speakerNotes:` share the shape). */
export function parseStepNotes(c: Checker, field: string, v: JsonValue | undefined): Record<string, string> {
  if (v === undefined) return {};
  if (!c.object([field], v, STEP_IDS)) return {};
  const out: Record<string, string> = {};
  for (const [key, note] of Object.entries(v)) {
    if (!(STEP_IDS as readonly string[]).includes(key)) continue;
    if (c.string([field, key], note, w`a note is plain text`)) out[key] = note;
  }
  return out;
}
