// The embed's postMessage protocol, version 1. Every message is a plain object whose `kubewalk`
// field is the protocol version; anything else (other libraries' messages, other versions, extra
// or mistyped fields) is ignored. Nothing received is evaluated or rendered as HTML: commands only
// select one of a fixed set of actions, with a number or one of a few words as argument.
import type { Level } from '../engine/types';
import { LEVELS } from '../engine/types';

export const PROTOCOL_VERSION = 1;
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Host → embed. `step` is 1-based within the current detail level, as in deep links. */
export type EmbedCommand =
  | { kubewalk: 1; type: 'goTo'; step: number }
  | { kubewalk: 1; type: 'next' }
  | { kubewalk: 1; type: 'previous' }
  | { kubewalk: 1; type: 'play' }
  | { kubewalk: 1; type: 'pause' }
  | { kubewalk: 1; type: 'setLevel'; level: Level }
  | { kubewalk: 1; type: 'setTheme'; theme: Theme }
  /** The host asks for the current height (and ready, once started): it may have missed them. */
  | { kubewalk: 1; type: 'hello' };

/** Where the walkthrough is: sent with ready, stepChanged and ended. */
export interface StepInfo {
  scenario: string;
  level: Level;
  /** 1-based within the level. */
  step: number;
  stepCount: number;
  stepId: string;
  playing: boolean;
}

/** Embed → host. `resize` carries the content height in CSS pixels. */
export type EmbedEvent =
  | ({ kubewalk: 1; type: 'ready' } & StepInfo)
  | ({ kubewalk: 1; type: 'stepChanged' } & StepInfo)
  | ({ kubewalk: 1; type: 'ended' } & StepInfo)
  | { kubewalk: 1; type: 'resize'; height: number };

export type CommandType = EmbedCommand['type'];
export const COMMAND_TYPES: readonly CommandType[] = ['goTo', 'next', 'previous', 'play', 'pause', 'setLevel', 'setTheme', 'hello'];

const MAX_STEP = 100_000;
const MAX_HEIGHT = 100_000;

type Fields = Record<string, unknown>;

/** A plain object with exactly these keys (structured clone gives plain objects; nothing else passes). */
function exactly(data: unknown, keys: readonly string[]): data is Fields {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const proto = Object.getPrototypeOf(data) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  const own = Object.keys(data);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(data, k));
}

function header(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { kubewalk, type } = data as Fields;
  return kubewalk === PROTOCOL_VERSION && typeof type === 'string' ? type : null;
}

const isCount = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max;
const isLevelWord = (v: unknown): v is Level => typeof v === 'string' && (LEVELS as readonly string[]).includes(v);
export const isTheme = (v: unknown): v is Theme => typeof v === 'string' && (THEMES as readonly string[]).includes(v);

/** The command in a received message, or null for anything that is not exactly one. */
export function parseCommand(data: unknown): EmbedCommand | null {
  const base = ['kubewalk', 'type'];
  switch (header(data)) {
    case 'goTo':
      return exactly(data, [...base, 'step']) && isCount(data.step, MAX_STEP) ? { kubewalk: 1, type: 'goTo', step: data.step } : null;
    case 'next':
    case 'previous':
    case 'play':
    case 'pause':
    case 'hello': {
      const type = (data as Fields).type as 'next' | 'previous' | 'play' | 'pause' | 'hello';
      return exactly(data, base) ? { kubewalk: 1, type } : null;
    }
    case 'setLevel':
      return exactly(data, [...base, 'level']) && isLevelWord(data.level) ? { kubewalk: 1, type: 'setLevel', level: data.level } : null;
    case 'setTheme':
      return exactly(data, [...base, 'theme']) && isTheme(data.theme) ? { kubewalk: 1, type: 'setTheme', theme: data.theme } : null;
    case null:
    default:
      return null;
  }
}

const INFO_KEYS = ['scenario', 'level', 'step', 'stepCount', 'stepId', 'playing'] as const;

function stepInfoOf(data: Fields): StepInfo | null {
  const { scenario, level, step, stepCount, stepId, playing } = data;
  if (typeof scenario !== 'string' || scenario.length > 200 || !isLevelWord(level)) return null;
  if (!(step === 0 || isCount(step, MAX_STEP)) || !(stepCount === 0 || isCount(stepCount, MAX_STEP))) return null;
  if (typeof stepId !== 'string' || stepId.length > 200 || typeof playing !== 'boolean') return null;
  return { scenario, level, step, stepCount, stepId, playing };
}

/** The event in a received message (the host script's side), or null. */
export function parseEvent(data: unknown): EmbedEvent | null {
  const type = header(data);
  switch (type) {
    case 'ready':
    case 'stepChanged':
    case 'ended': {
      if (!exactly(data, ['kubewalk', 'type', ...INFO_KEYS])) return null;
      const info = stepInfoOf(data);
      return info ? { kubewalk: 1, type, ...info } : null;
    }
    case 'resize':
      return exactly(data, ['kubewalk', 'type', 'height']) && isCount(data.height, MAX_HEIGHT) ? { kubewalk: 1, type: 'resize', height: data.height } : null;
    case null:
    default:
      return null;
  }
}
