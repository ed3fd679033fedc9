import type { ScenarioInput } from '../engine/types';
import type { Said } from '../catalog/said';

export const SCENARIO_TAGS = ['beginner', 'operator', 'engineer'] as const;
export type ScenarioTag = (typeof SCENARIO_TAGS)[number];

/** A validated scenario file: the engine's input plus what the gallery and the view show. */
export interface Scenario extends ScenarioInput {
  title: string;
  /** One line for the picker and the gallery. */
  summary: string;
  tags: ScenarioTag[];
  /** Teaching notes keyed by step id, shown beside the narration of the first step with that id. Plain text. */
  notes: Record<string, string>;
  /** Notes for the presenter only, keyed by step id; the speaker view shows them. Plain text. */
  speakerNotes: Record<string, string>;
  /** "What happens next?" questions, each asked before the first step with its `before` id. */
  checkpoints: Checkpoint[];
}

export interface CheckpointChoice {
  text: string;
  correct: boolean;
  /** Why this answer is right or wrong, shown once answered or revealed. */
  explanation: string;
}

export interface Checkpoint {
  /** Step id the question comes before; also the checkpoint's id within its scenario. */
  before: string;
  question: string;
  /** Two to five choices, exactly one of them correct. */
  choices: CheckpointChoice[];
}

/** One problem in a scenario file, precise enough to fix without reading the parser. */
export interface ScenarioError {
  file: string;
  /** 1-based; 0 when the problem is not tied to a line (an empty file). */
  line: number;
  column: number;
  /** Dotted path of the field: `commands[1]`, `cluster.nodes[0].allocatable.cpu`. */
  field: string;
  message: string;
  /** What to write instead. */
  hint: string;
  /** message and hint as English templates and values, for a catalog to translate (src/catalog/said.ts). */
  said?: { message: Said | string; hint: Said | string };
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };
