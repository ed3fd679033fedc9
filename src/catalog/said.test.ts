// Scenario-file errors are words too: every English template the parser writes (w`…` in
// src/scenario) has a Simplified Chinese twin, and no English sentence there escapes the tag.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { say, w } from './said';
import { zhScenarioErrors } from './zh-scenario-errors';

const DIR = 'src/scenario';
/** Files whose strings are not a scenario author's error: the CLI's own layout of errors. */
const NOT_ERRORS = new Set(['format.ts']);

function sources(): ts.SourceFile[] {
  return readdirSync(DIR)
    .filter((n) => n.endsWith('.ts') && !n.includes('.test.') && !n.endsWith('.d.ts') && !NOT_ERRORS.has(n))
    .map((n) => ts.createSourceFile(n, readFileSync(join(DIR, n), 'utf8'), ts.ScriptTarget.Latest, true));
}

/** Every w`…` template as its catalog key, and every untagged literal that reads as a sentence. */
function scan(source: ts.SourceFile): { templates: string[]; untagged: string[] } {
  const templates: string[] = [];
  const untagged: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'w') {
      const t = node.template;
      templates.push(ts.isNoSubstitutionTemplateLiteral(t) ? t.text : t.head.text + t.templateSpans.map((s, i) => `{${i}}${s.literal.text}`).join(''));
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && !ts.isImportDeclaration(node.parent) && !ts.isTaggedTemplateExpression(node.parent)) {
      // Two words with a space between them: a sentence, not an id, a field name or a separator.
      if (/\p{L}{2,} +\p{L}{2,}/u.test(node.getText(source))) untagged.push(`${source.fileName}: ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { templates, untagged };
}

describe('scenario-file errors in other languages', () => {
  it('fills a template in the catalog\'s language, words inside words too, and leaves plain strings', () => {
    const said = w`expected a mapping, found ${w`a list`} at ${3}`;
    expect(say(said)).toBe('expected a mapping, found a list at 3');
    expect(say(said, { 'expected a mapping, found {0} at {1}': '第 {1} 处应为映射，实际是{0}', 'a list': '一个列表' })).toBe('第 3 处应为映射，实际是一个列表');
    expect(say('unknown flag: --insecure-port', { 'unknown flag: --insecure-port': 'x' })).toBe('unknown flag: --insecure-port');
  });

  it('finds sentences outside w`…` and reads templates as keys', () => {
    const probe = ts.createSourceFile('probe.ts', "c.fail(p, w`unknown field \"${key}\"`, 'did you mean it?', `a ${b} c`, 'node-1', ', ');", ts.ScriptTarget.Latest, true);
    expect(scan(probe)).toEqual({ templates: ['unknown field "{0}"'], untagged: ["probe.ts: 'did you mean it?'"] });
  });

  it('tags every sentence in src/scenario, and Simplified Chinese has each template, with the same values, and no other', () => {
    const all = sources().map(scan);
    expect(all.flatMap((s) => s.untagged)).toEqual([]);
    const templates = [...new Set(all.flatMap((s) => s.templates))].sort();
    expect(Object.keys(zhScenarioErrors).sort()).toEqual(templates);
    const slots = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();
    for (const [english, chinese] of Object.entries(zhScenarioErrors)) expect(slots(chinese), english).toEqual(slots(english));
  });
});
