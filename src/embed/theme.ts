import type { Theme } from './protocol';

/** Light, dark or the system's: the embed's CSS reads the root's data-theme. */
export function setTheme(root: HTMLElement, theme: Theme): void {
  root.dataset.theme = theme;
}
