import { describe, expect, it } from 'vitest';
import { namesIn } from './critical-css';
import { splitSheets } from './late-css';

const html = '<html lang="en"><body><div id="root" class="kw-app kw-dark" data-fit=""><button type="button">Go</button></div></body></html>';

describe('namesIn', () => {
  it('collects classes, ids, elements and attribute names', () => {
    const names = namesIn(html);
    expect([...names.classes].sort()).toEqual(['kw-app', 'kw-dark']);
    expect([...names.ids]).toEqual(['root']);
    expect(names.tags.has('button')).toBe(true);
    expect(names.attributes.has('data-fit')).toBe(true);
  });
});

describe('mayMatch, through the rules a page carries inline', () => {
  it('keeps the rules the page may use and drops those naming what it lacks', () => {
    const css = [
      '.kw-app{display:flex}',
      '.kw-gallery .kw-card{color:red}',
      '#root>button:hover{color:blue}',
      '[data-fit] .kw-app{gap:1px}',
      '[data-theme=dark]{color:black}',
      'dialog::backdrop{opacity:.5}',
      '@media (width>=900px){.kw-app{gap:2px}.kw-sandbox{gap:3px}}',
      '@keyframes kw-pulse{0%{opacity:0}to{opacity:1}}',
      ':root{--x:1}',
      '.kw-missing,.kw-dark{margin:0}',
    ].join('');
    const { inline: out } = splitSheets([css], [namesIn(html)]);
    expect(out).toContain('.kw-app{display:flex}');
    expect(out).not.toContain('kw-card');
    expect(out).toContain('#root>button:hover');
    expect(out).toContain('[data-fit] .kw-app');
    expect(out).not.toContain('data-theme');
    expect(out).not.toContain('backdrop');
    expect(out).toContain('gap:2px');
    expect(out).not.toContain('kw-sandbox');
    expect(out).toContain('@keyframes kw-pulse');
    expect(out).toContain(':root{--x:1}');
    // A rule is kept whole when one of its selectors may match.
    expect(out).toContain('.kw-missing,.kw-dark{margin:0}');
  });
});
