import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { namesIn } from './critical-css';
import { lateCss, specificity } from './late-css';

describe('lateCss', () => {
  const page = (body: string) => namesIn(`<html><body>${body}</body></html>`);
  const pages = [page('<div class="kw-app"><button class="kw-btn">Go</button></div>'), page('<div class="kw-app kw-gallery"></div>')];

  it('leaves out @property and the rules every page has inline, keeps the rest', () => {
    const css = [
      "@property --tw-x{syntax:'*';inherits:false}",
      '*,:after{box-sizing:border-box}',
      '.kw-app{display:flex}',
      '.kw-btn{color:red}',
      '@media (width>=900px){.kw-app{gap:2px}.kw-sandbox{gap:3px}}',
      '.kw-gallery{gap:1px}',
    ].join('');
    const out = lateCss(css, pages);
    expect(out).not.toContain('@property');
    expect(out).not.toContain('box-sizing');
    expect(out).not.toContain('display:flex');
    expect(out).not.toContain('gap:2px');
    // Not on every page, or on none.
    expect(out).toContain('.kw-btn{color:red}');
    expect(out).toContain('.kw-gallery{gap:1px}');
    expect(out).toContain('.kw-sandbox{gap:3px}');
  });

  it('keeps a rule that an earlier remaining rule could tie with, so the cascade order holds', () => {
    const css = [
      '@layer components{.kw-card{color:blue}.kw-app{color:red;margin:0}.kw-app{padding:0}}',
      '@layer base{.kw-x{color:green}}',
      '@layer utilities{.kw-app::after{color:red}}',
    ].join('');
    const out = lateCss(css, pages);
    // .kw-card may sit on a .kw-app element and sets color too: .kw-app must still come after it.
    expect(out).toContain('.kw-app{color:red;margin:0}');
    // A shorthand and a longhand it sets, whatever their names.
    expect(lateCss('.kw-card{white-space:nowrap}.kw-app{text-wrap:balance}', pages)).toContain('.kw-app{text-wrap:balance}');
    expect(lateCss('.kw-card{inset:0}.kw-app{top:1px}', pages)).toContain('.kw-app{top:1px}');
    // No property in common, another layer, or another pseudo-element: no tie.
    expect(out).not.toContain('padding:0');
    expect(out).not.toContain('::after');
  });
});

describe('specificity', () => {
  const of = (selector: string) => {
    let found: number[] = [];
    transform({ filename: 's.css', code: Buffer.from(`${selector}{color:red}`), visitor: { Rule: { style: (rule) => void (found = specificity(rule.value.selectors[0] ?? [])) } } });
    return found.join(',');
  };

  it('counts ids, classes and types as CSS does', () => {
    expect(of('#a .b > p::before')).toBe('1,1,2');
    expect(of('.a:where(#b .c) [d]')).toBe('0,2,0');
    expect(of('.a:is(#b, .c):hover')).toBe('1,2,0');
    expect(of('*')).toBe('0,0,0');
  });
});
