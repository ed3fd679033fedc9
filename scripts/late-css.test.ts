import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { namesIn } from './critical-css';
import { specificity, splitSheets } from './late-css';

describe('splitSheets', () => {
  const page = (body: string) => namesIn(`<html><body>${body}</body></html>`);
  const pages = [page('<div class="kw-app"><button class="kw-btn">Go</button></div>'), page('<div class="kw-app kw-gallery"></div>')];
  const split = (...sheets: string[]) => splitSheets(sheets, pages);

  it('puts inline every rule a page may use, on every page, and leaves the rest to the late sheet', () => {
    const { inline, late } = split(
      [
        "@property --tw-x{syntax:'*';inherits:false}",
        '*,:after{box-sizing:border-box}',
        '.kw-app{display:flex}',
        '.kw-btn{color:red}',
        '@media (width>=900px){.kw-app{gap:2px}.kw-sandbox{order:3}}',
        '.kw-gallery{gap:1px}',
        '.kw-sandbox{margin:0}',
      ].join(''),
    );
    // Used by one page or by all: inline, and not again in the late sheet.
    for (const used of ['box-sizing:border-box', '.kw-app{display:flex}', '.kw-btn{color:red}', '.kw-app{gap:2px}', '.kw-gallery{gap:1px}']) {
      expect(inline).toContain(used);
      expect(late[0]).not.toContain(used);
    }
    expect(inline).toContain('@property');
    expect(late[0]).not.toContain('@property');
    // On no page: late only.
    expect(inline).not.toContain('kw-sandbox');
    expect(late[0]).toContain('.kw-sandbox{order:3}');
    expect(late[0]).toContain('.kw-sandbox{margin:0}');
  });

  it('puts inline an unused rule that a later inline rule could tie with, so the cascade order holds', () => {
    const { inline, late } = split('@layer components{.kw-card{color:blue;padding:1px}.kw-app{color:red}.kw-note{color:green}}@layer base{.kw-x{color:green}}@layer utilities{.kw-app::after{color:red}}');
    // .kw-card may sit on a .kw-app element and sets color too: it must still come before .kw-app.
    expect(inline).toContain('.kw-card{color:#00f;padding:1px}');
    // After the last inline rule it could tie with, as in the source: late.
    expect(late[0]).toContain('.kw-note{color:green}');
    // Another layer, or another pseudo-element: no tie.
    expect(late[0]).toContain('.kw-x{color:green}');
    expect(late[0]).not.toContain('.kw-card');
    // A shorthand and a longhand it sets, whatever their names; a later sheet counts too.
    expect(split('.kw-card{white-space:nowrap}', '.kw-app{text-wrap:balance}').inline).toContain('.kw-card{white-space:nowrap}');
    expect(split('.kw-card{inset:0}.kw-app{top:1px}').inline).toContain('.kw-card{inset:0}');
    // A logical property and its physical alias.
    expect(split('.kw-card{inline-size:10px}.kw-app{width:20px}').inline).toContain('.kw-card{inline-size:10px}');
    // No property in common: no tie.
    expect(split('.kw-card{margin:0}.kw-app{color:red}').late[0]).toContain('.kw-card{margin:0}');
  });

  it('stops at what it cannot keep in order: nested rules, an anonymous layer, @scope', () => {
    expect(() => split('.kw-app{color:red;.kw-btn{color:green}}')).toThrow(/nested rules/);
    expect(() => split('@layer{.kw-app{color:red}}')).toThrow(/anonymous @layer/);
    expect(() => split('@scope (.kw-app){.kw-btn{color:red}}')).toThrow(/@scope/);
  });

  it('keeps one late sheet per stylesheet, in order', () => {
    const { inline, late } = split('.kw-app{color:red}.kw-one{margin:0}', '.kw-two{margin:0}.kw-btn{padding:0}');
    expect(inline).toBe('.kw-app{color:red}.kw-btn{padding:0}');
    expect(late).toEqual(['.kw-one{margin:0}', '.kw-two{margin:0}']);
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
    expect(of('li:nth-child(2)')).toBe('0,1,1');
    expect(of('li:nth-child(2 of .a)')).toBe('0,2,1');
  });
});
