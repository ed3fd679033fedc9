// Keyboard map: which key does what, and when a key belongs to the focused control instead.
export type KeyCommand = 'next' | 'previous' | 'first' | 'last' | 'togglePlay' | 'fullscreen' | 'help';

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
} satisfies Record<string, KeyCommand>));

/** What the help dialog lists. */
export const KEY_HELP: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['→', 'PageDown', 'N'], action: 'Next step' },
  { keys: ['←', 'PageUp', 'P'], action: 'Previous step' },
  { keys: ['Home'], action: 'First step' },
  { keys: ['End'], action: 'Last step' },
  { keys: ['Space', 'K'], action: 'Play or pause' },
  { keys: ['F'], action: 'Fullscreen' },
  { keys: ['?'], action: 'This help' },
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

/**
 * Space plays or pauses even when a button has focus, as in a slide deck (the caller prevents the
 * button's own activation); Enter still activates the focused button.
 */
export function commandForKey(input: KeyInput): KeyCommand | null {
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (TYPING_TAGS.has(input.targetTag) || input.targetEditable) return null;
  return COMMANDS.get(input.key) ?? null;
}
