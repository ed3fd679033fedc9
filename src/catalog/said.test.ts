// Scenario-file errors and kubectl's refusals are words too: every English template the scenario
// parser (w`…` in src/scenario) and the engine (src/engine/kubectl) write has a Simplified Chinese
// twin, and no English sentence in src/scenario escapes the tag.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { say, w } from './said';
import { zhKubectlErrors } from './zh-kubectl-errors';
import { zhScenarioErrors } from './zh-scenario-errors';

/** Files whose strings are not a scenario author's error: the CLI's own layout of errors. */
const NOT_ERRORS = new Set(['format.ts']);

/** The source files under `dir` (and its folders), tests left out. */
function sources(dir: string): ts.SourceFile[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.ts') && !n.includes('.test.') && !n.endsWith('.d.ts') && !NOT_ERRORS.has(n))
    .map((n) => ts.createSourceFile(n, readFileSync(join(dir, n), 'utf8'), ts.ScriptTarget.Latest, true));
}

const slots = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();

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
    const all = sources('src/scenario').map(scan);
    expect(all.flatMap((s) => s.untagged)).toEqual([]);
    const templates = [...new Set(all.flatMap((s) => s.templates))].sort();
    expect(Object.keys(zhScenarioErrors).sort()).toEqual(templates);
    for (const [english, chinese] of Object.entries(zhScenarioErrors)) expect(slots(chinese), english).toEqual(slots(english));
  });

  it('Simplified Chinese has every template the engine writes (kubectl\'s refusals), with the same values, and no other', () => {
    // The engine's other strings are kubectl's and the API server's own output, so only w`…` is read here;
    // the types make a refusal a Said, and zh-kubectl.test.ts runs every refusal.
    const templates = [...new Set(sources('src/engine').flatMap((s) => scan(s).templates))].sort();
    expect(templates.length).toBeGreaterThan(0);
    expect(Object.keys(zhKubectlErrors).sort()).toEqual(templates);
    for (const [english, chinese] of Object.entries(zhKubectlErrors)) {
      expect(slots(chinese), english).toEqual(slots(english));
      // Chinese words or, for a bare frame such as '"{0}": {1}', Chinese punctuation.
      expect(chinese, english).toMatch(/[\u4e00-\u9fff\uff00-\uffef“”]/);
    }
  });
});
