// Message catalogs: the words of a trace live here, not in the engine (DESIGN.md, "Words live in
// catalogs"). Templates use `{param}` placeholders filled from a step's `text.params`.
import type { ClusterView, RawStep } from '../engine/types';

export interface StepWords {
  title: string;
  narration: string;
}

export interface Misconception {
  often: string;
  really: string;
}

export interface Catalog {
  /** BCP 47 tag: `en`, `zh-CN`. */
  lang: string;
  /** Keyed by a step's `text.key` (usually its id). */
  steps: Record<string, StepWords>;
  /** Keyed by a step's `misconception`. */
  misconceptions: Record<string, Misconception>;
  /** kubectl's refusals (Said params), keyed by their English templates; English needs none. */
  kubectlErrors?: Record<string, string>;
}

/** A step with its words rendered: what the view, the transcript and the trace CLI show. */
export interface Step extends Omit<RawStep, 'text' | 'misconception'> {
  title: string;
  narration: string;
  misconception?: Misconception;
  /** The scenario's teaching note for this step id, on the first step with that id. */
  note?: string;
  /** The language of title and narration when the catalog lacked them and the fallback's words stand in. */
  lang?: string;
}

export interface RenderedTrace {
  scenario: string;
  kubernetesVersion: string;
  steps: Step[];
  /** The cluster before the first step: what a trace without steps (a new sandbox) shows. */
  initial?: ClusterView;
}
