// The embed's own options, beside the deep-link parameters (scenario, step, level) the player
// reads: theme, which controls to show, autoplay, and a custom scenario URL. Unknown values fall
// back to the defaults a docs page wants: host-following theme, full controls, no autoplay.
import type { Theme } from './protocol';
import { isTheme } from './protocol';

export const CONTROLS = ['full', 'compact', 'none'] as const;
export type ControlsMode = (typeof CONTROLS)[number];

export interface EmbedOptions {
  theme: Theme;
  controls: ControlsMode;
  autoplay: boolean;
  /** Address of a custom scenario YAML (`?src=`), or null. */
  src: string | null;
}

export function isControls(v: unknown): v is ControlsMode {
  return typeof v === 'string' && (CONTROLS as readonly string[]).includes(v);
}

/** Reads the options from a query string (the embed page) or attributes (the web component). */
export function readOptions(get: (name: string) => string | null): EmbedOptions {
  const theme = get('theme');
  const controls = get('controls');
  const autoplay = get('autoplay');
  const src = get('src');
  return {
    theme: isTheme(theme) ? theme : 'auto',
    controls: isControls(controls) ? controls : 'full',
    autoplay: autoplay === '1' || autoplay === 'true' || autoplay === '',
    src: src ? src : null,
  };
}

/** The deep-link part of the options (scenario, step, level) as a query string for the player. */
export function deepLink(get: (name: string) => string | null, fallbackScenario?: string): string {
  const params = new URLSearchParams();
  for (const name of ['scenario', 'step', 'level']) {
    const value = get(name) ?? (name === 'scenario' ? fallbackScenario : undefined);
    if (value) params.set(name, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}
