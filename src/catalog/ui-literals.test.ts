// No words in the markup: every JSX text and every user-visible attribute in the view, the shells and
// the embed comes from the UI catalogs. What may stay literal is a short list of technical tokens.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/view', 'src/shells', 'src/embed'];
/** Attributes a reader sees or a screen reader says. */
const VISIBLE_ATTRS = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Words that are the same in every language: names of programs, Kubernetes' condition and
 * resource names as the API writes them, a key's name, the taint in the sandbox's example field. */
const TECHNICAL = new Set(['kubectl', 'etcd', 'kube-apiserver', 'kube-system', 'kubewalk', 'Ready', 'NotReady', 'cpu', 'memory', 'pods', 'rv', 'Esc', 'dedicated', 'gpu']);

function isTechnical(text: string): boolean {
  // A shell command, or a path or file name (/etc/kubernetes/manifests/kube-apiserver.yaml).
  if (/^\$? ?kubectl( |$)/.test(text) || /^[\w.-]*[./][\w./-]*$/.test(text)) return true;
  const words = text.split(/[\s/·:,()]+/).filter(Boolean);
  // Symbols, digits and punctuation (✕, →, ×, 1.5×, …) carry no language; one letter is a key (S, B).
  return words.every((w) => TECHNICAL.has(w) || !/\p{L}/u.test(w) || /^\p{Lu}$/u.test(w));
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(path);
    return e.name.endsWith('.tsx') && !e.name.includes('.test.') ? [path] : [];
  });
}

function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  // `${count} pods`: the words around the values are literal too.
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  if (ts.isJsxExpression(node)) return literalText(node.expression);
  if (ts.isConditionalExpression(node)) return literalText(node.whenTrue) ?? literalText(node.whenFalse);
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) return literalText(node.right);
  return null;
}

/** Every literal word a file shows, as `file:line: text`. */
function literalsIn(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean && !isTechnical(clean)) found.push(`${relative('.', file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${clean}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
      const text = literalText(node);
      if (text !== null) report(node, text);
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRS.has(node.name.getText(source))) {
      const text = literalText(node.initializer);
      if (text !== null) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Sentences (two words with a space between) in a store module, outside errors thrown for developers. */
function sentencesIn(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'Error') return;
    const words = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ') : null;
    if (words !== null && !ts.isImportDeclaration(node.parent) && /\p{L}{2,} +\p{L}{2,}/u.test(words)) found.push(`${relative('.', file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${words.replace(/\s+/g, ' ')}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The scale test's scenario is a measuring fixture (?scenario=scale-…), not something a learner reads. */
const STORE_FIXTURES = new Set(['scaleScenario.ts']);

describe('UI words come from the catalogs', () => {
  it('finds literal text, attributes and expressions, and lets technical tokens through', () => {
    const probe = [
      'export const A = () => (',
      '  <div title="Zoom in" aria-label={t(\'zoom.in\')}>',
      '    <b>Hello</b> {open ? \'Close\' : t(\'x\')} <code>kubectl</code> ✕ <kbd>S</kbd> {n} <i title={`${n} left`}>{`${a} → ${b}`}</i>',
      '    <input placeholder="kubectl get pods" /> <p>Ready to go</p> <h2>/etc/kubernetes/admin.conf</h2>',
      '  </div>',
      ');',
    ].join('\n');
    expect(literalsIn('probe.tsx', probe)).toEqual(['probe.tsx:2: Zoom in', 'probe.tsx:3: Hello', 'probe.tsx:3: Close', 'probe.tsx:3: left', 'probe.tsx:4: Ready to go']);
  });

  it('finds sentences in store modules, but not in thrown errors', () => {
    const probe = "say({ kind: 'info', text: `Replayed ${n} commands` }); notices.push('Unknown user'); throw new Error('not loaded yet'); t('sandbox.url.user', { list: ', ' });";
    expect(sentencesIn('probe.ts', probe)).toEqual(['probe.ts:1: Replayed commands', 'probe.ts:1: Unknown user']);
  });

  it('leaves no sentence in src/store for the console, notices or errors a reader sees', () => {
    const files = readdirSync('src/store').filter((n) => n.endsWith('.ts') && !n.includes('.test.') && !STORE_FIXTURES.has(n));
    expect(files.flatMap((n) => sentencesIn(join('src/store', n)))).toEqual([]);
  });

  it('leaves no JSX text or visible attribute literal in src/view, src/shells and src/embed', () => {
    const found = ROOTS.flatMap((root) => tsxFiles(root)).flatMap((file) => literalsIn(file));
    expect(found).toEqual([]);
  });
});
