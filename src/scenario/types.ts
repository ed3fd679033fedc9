import type { ScenarioInput } from '../engine/types';

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
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };
