// Keyboard map: which key does what, and when a key belongs to the focused control instead.
export type KeyCommand =
  | 'next' | 'previous' | 'first' | 'last' | 'togglePlay' | 'fullscreen' | 'help' | 'speaker'
  // Presenter mode only:
  | 'blackout' | 'overview' | 'goTo' | 'reveal';

const COMMANDS = new Map<string, KeyCommand>(Object.entries({
  ArrowRight: 'next',
  PageDown: 'next',
  n: 'next',
  N: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  p: 'previous',
  P: 'previous',
  Home: 'first',
  End: 'last',
  ' ': 'togglePlay',
  k: 'togglePlay',
  K: 'togglePlay',
  f: 'fullscreen',
  F: 'fullscreen',
  '?': 'help',
  s: 'speaker',
  S: 'speaker',
} satisfies Record<string, KeyCommand>));

const PRESENTER_COMMANDS = new Map<string, KeyCommand>(Object.entries({
  b: 'blackout',
  B: 'blackout',
  '.': 'blackout',
  o: 'overview',
  O: 'overview',
  g: 'goTo',
  G: 'goTo',
  a: 'reveal',
  A: 'reveal',
} satisfies Record<string, KeyCommand>));

/** What the help dialog lists. */
export const KEY_HELP: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['→', 'PageDown', 'N'], action: 'Next step' },
  { keys: ['←', 'PageUp', 'P'], action: 'Previous step' },
  { keys: ['Home'], action: 'First step' },
  { keys: ['End'], action: 'Last step' },
  { keys: ['Space', 'K'], action: 'Play or pause' },
  { keys: ['F'], action: 'Fullscreen' },
  { keys: ['S'], action: 'Speaker view (second window)' },
  { keys: ['?'], action: 'This help' },
];

/** Presenter mode adds these. */
export const PRESENTER_KEY_HELP: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['B', '.'], action: 'Black screen (any key brings it back)' },
  { keys: ['O'], action: 'Overview of all steps' },
  { keys: ['G', 'number', 'Enter'], action: 'Go to step number' },
  { keys: ['A'], action: 'Reveal the checkpoint answer (→ also reveals, then continues)' },
];

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Upper-case tag name of the event target: `INPUT`, `BUTTON`, `DIV`. */
  targetTag: string;
  targetEditable: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** A keydown as commandForKey reads it; `outside` names the target when it is not an element. */
export function keyInputOf(e: KeyboardEvent, outside = 'BODY'): KeyInput {
  // Inside a shadow root (the embed's element) the event's target is the host: the real one is first in the path.
  const first = e.composedPath()[0];
  const el = first instanceof HTMLElement ? first : null;
  return {
    key: e.key,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    altKey: e.altKey,
    targetTag: el?.tagName ?? outside,
    targetEditable: el?.isContentEditable ?? false,
  };
}

/**
 * Space plays or pauses even when a button has focus, as in a slide deck (the caller prevents the
 * button's own activation); Enter still activates the focused button.
 */
export function commandForKey(input: KeyInput, presenter = false): KeyCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (input.targetEditable) return null;
  // A presenter's clicker keys must work whatever has focus (presenter mode has no text fields).
  if (!presenter && TYPING_TAGS.has(input.targetTag)) return null;
  return COMMANDS.get(input.key) ?? (presenter ? PRESENTER_COMMANDS.get(input.key) : undefined) ?? null;
}
