// Where checkpoint progress lives: localStorage when the browser allows it, nowhere otherwise
// (private mode, disabled storage). Never throws.
import type { Progress } from '../playback/progress';
import { PROGRESS_KEY, readProgress, writeProgress } from '../playback/progress';

export interface ProgressStorage {
  load: () => Progress;
  save: (progress: Progress) => void;
}

export function localProgressStorage(): ProgressStorage {
  return {
    load: () => {
      try {
        return readProgress(globalThis.localStorage?.getItem(PROGRESS_KEY) ?? null);
      } catch {
        return {};
      }
    },
    save: (progress) => {
      try {
        globalThis.localStorage?.setItem(PROGRESS_KEY, writeProgress(progress));
      } catch {
        // Storage full or disabled: progress is kept for this visit only.
      }
    },
  };
}

export const memoryProgressStorage = (initial: Progress = {}): ProgressStorage => {
  let kept = initial;
  return { load: () => kept, save: (p) => (kept = p) };
};

const QUESTIONS_KEY = 'kubewalk.questions';

/** Students' choice to be asked the questions; on unless they turned it off. */
export function loadAskQuestions(): boolean {
  try {
    return globalThis.localStorage?.getItem(QUESTIONS_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function saveAskQuestions(ask: boolean): void {
  try {
    globalThis.localStorage?.setItem(QUESTIONS_KEY, ask ? 'on' : 'off');
  } catch {
    // kept for this visit only
  }
}
