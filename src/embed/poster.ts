// The web component's poster, built with DOM calls (text is set as text, never parsed as HTML).
// embed.html carries the same poster as static markup so it paints before any script runs.
import { titles } from 'virtual:kubewalk-scenario-titles';
import { POSTER_WORDS } from '../catalog/ui-poster';

export const POSTER_CSS = `
.kw-poster { box-sizing: border-box; display: grid; justify-items: center; gap: 0.6rem; padding: 1.25rem 1rem; text-align: center;
  border: 1px solid #8a97a8; border-radius: 10px; font-family: system-ui, sans-serif; color: #111827; background: #f4f6f9; }
[data-theme="dark"] > .kw-poster { color: #e6edf3; background: #0d1117; }
@media (prefers-color-scheme: dark) { [data-theme="auto"] > .kw-poster { color: #e6edf3; background: #0d1117; } }
.kw-poster p { margin: 0; }
.kw-poster-brand { font-weight: 700; font-size: 1rem; opacity: 0.8; }
.kw-poster-title { font-size: 1.25rem; font-weight: 700; line-height: 1.25; }
.kw-poster-summary { max-width: 42rem; font-size: 1rem; opacity: 0.85; overflow-wrap: anywhere; }
.kw-start { display: inline-flex; align-items: center; gap: 0.5rem; min-height: 2.75rem; padding: 0 1.2rem; border: 0; border-radius: 8px;
  background: #1d4ed8; color: #fff; font: inherit; font-weight: 700; font-size: 1rem; cursor: pointer; }
.kw-start:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 3px; }
.kw-start[aria-busy="true"] { opacity: 0.7; cursor: progress; }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Title, summary and a Start button; `onStart` runs on the click. */
export function buildPoster(doc: Document, scenario: string, custom: boolean, onStart: () => void): HTMLElement {
  const known = titles.find((t) => t.id === scenario) ?? titles.find((t) => t.id === 'create-pod');
  // A web component speaks its host page's language only once the UI does: English for now.
  const words = POSTER_WORDS.en;
  const poster = el(doc, 'div', 'kw-poster');
  const button = el(doc, 'button', 'kw-start', `▶ ${words.start}`);
  button.type = 'button';
  button.addEventListener('click', () => {
    button.setAttribute('aria-busy', 'true');
    onStart();
  });
  poster.append(
    el(doc, 'p', 'kw-poster-brand', words.brand),
    el(doc, 'p', 'kw-poster-title', custom ? words.custom : (known?.title ?? 'kubewalk')),
    el(doc, 'p', 'kw-poster-summary', custom ? '' : (known?.summary ?? '')),
    button,
  );
  return poster;
}
