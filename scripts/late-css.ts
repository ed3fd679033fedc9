// The prerendered pages' CSS: the rules they carry inline, and the late sheets they enable once
// they are live, in place of the full stylesheets (which stay disabled).
import { transform, type Rule, type Selector, type Visitor } from 'lightningcss';
import { mayMatch, type PageNames } from './critical-css.js';

type Specificity = [ids: number, classes: number, types: number];

const higher = (a: Specificity, b: Specificity) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * A selector's specificity (:where counts nothing; :is, :not and :has their most specific argument;
 * :nth-child(… of S) one more than S's).
 */
export function specificity(selector: Selector): Specificity {
  let [ids, classes, types]: Specificity = [0, 0, 0];
  for (const part of selector) {
    if (part.type === 'id') ids++;
    else if (part.type === 'class' || part.type === 'attribute') classes++;
    else if (part.type === 'type' || part.type === 'pseudo-element') types++;
    else if (part.type === 'pseudo-class' && part.kind !== 'where') {
      const nthOf = 'of' in part && Array.isArray(part.of) ? part.of : null;
      const args = nthOf ?? ('selectors' in part && ['is', 'not', 'has', 'any'].includes(part.kind) ? (part.selectors as Selector[]) : null);
      if (nthOf) classes++;
      if (!args) {
        classes++;
        continue;
      }
      const [a, b, c] = args.map(specificity).sort((x, y) => higher(y, x))[0] ?? [0, 0, 0];
      ids += a;
      classes += b;
      types += c;
    }
  }
  return [ids, classes, types];
}

const at = (loc: { line: number; column: number }) => `${loc.line}:${loc.column}`;

/**
 * What a declaration can override: a property, its shorthand and its aliases share one name
 * (margin-top: margin; inline-size: width).
 */
function family(property: string): string {
  const name = property.replace(/^-(webkit|moz|ms)-/, '');
  if (name.startsWith('--') || name === 'all') return name;
  if (name === 'inline-size') return 'width';
  if (name === 'block-size') return 'height';
  if (name === 'word-wrap') return 'overflow';
  if (name === 'color-adjust') return 'print';
  if (/^(top|right|bottom|left|inset)\b/.test(name)) return 'inset';
  if (/^(grid-)?(row-|column-)?gap$/.test(name)) return 'gap';
  if (/^(place|align|justify)-/.test(name)) return 'align';
  if (name === 'line-height') return 'font';
  if (/^(white-space|text-wrap)\b/.test(name)) return 'white-space';
  if (name === 'columns') return 'column';
  return name.split('-')[0] ?? name;
}

type StyleRule = Extract<Rule, { type: 'style' }>['value'];

function families(rule: StyleRule): Set<string> {
  const { declarations = [], importantDeclarations = [] } = rule.declarations ?? {};
  return new Set(
    [...declarations, ...importantDeclarations].map((d) => {
      // Custom properties, and properties lightningcss does not know (text-wrap…), by name.
      if (d.property === 'custom') return family(d.value.name);
      if (d.property === 'unparsed') return family(d.value.propertyId.property);
      return family(d.property);
    }),
  );
}

/** What a selector's subject can be: an element of some type (or any), or one of its pseudo-elements. */
interface Target {
  specificity: string;
  type: string;
  pseudo: string;
}

function target(selector: Selector): Target {
  const last = selector.map((p) => p.type).lastIndexOf('combinator');
  const subject = selector.slice(last + 1);
  const type = subject.find((p) => p.type === 'type');
  const pseudo = subject.find((p) => p.type === 'pseudo-element');
  return { specificity: specificity(selector).join(','), type: type?.type === 'type' ? type.name.toLowerCase() : '*', pseudo: pseudo?.type === 'pseudo-element' ? pseudo.kind : '' };
}

/** Whether two selectors could match one element with the same specificity. */
const couldTie = (a: Target, b: Target) => a.specificity === b.specificity && a.pseudo === b.pseudo && (a.type === b.type || a.type === '*' || b.type === '*');

interface Entry {
  sheet: number;
  at: string;
  layer: string;
  targets: Target[];
  families: Set<string>;
  /** A frame may use it. */
  used: boolean;
}

/**
 * Every style rule of `rules` in cascade order, with its layer; `mayUse` says which a frame may use.
 * What the split cannot keep in order (nested style rules, an anonymous layer, which would become
 * two, and other blocks of rules such as @scope) stops the build rather than be split wrongly.
 */
function entries(rules: Rule[], sheet: number, mayUse: (rule: StyleRule) => boolean, layer = '', out: Entry[] = []): Entry[] {
  for (const rule of rules) {
    if (rule.type === 'layer-block') {
      if (!rule.value.name) throw new Error('late-css: an anonymous @layer block cannot be split');
      entries(rule.value.rules, sheet, mayUse, `${layer}.${rule.value.name.join('.')}`, out);
    } else if (rule.type === 'media' || rule.type === 'supports' || rule.type === 'container' || rule.type === 'starting-style') entries(rule.value.rules, sheet, mayUse, layer, out);
    else if (rule.type === 'style') {
      if ((rule.value.rules ?? []).length > 0) throw new Error(`late-css: nested rules in a style rule (line ${rule.value.loc.line}) cannot be split`);
      out.push({ sheet, at: at(rule.value.loc), layer, targets: rule.value.selectors.map(target), families: families(rule.value), used: mayUse(rule.value) });
    } else if (rule.type === 'scope' || rule.type === 'moz-document' || rule.type === 'nesting') throw new Error(`late-css: an @${rule.type} block cannot be split`);
  }
  return out;
}

const tie = (a: Entry, b: Entry) =>
  a.layer === b.layer &&
  [...a.families].some((f) => b.families.has(f) || f === 'all' || b.families.has('all')) &&
  a.targets.some((x) => b.targets.some((y) => couldTie(x, y)));

/**
 * The prerendered pages' stylesheets, split in two. `inline`: what every page carries in its head,
 * the rules any page's frame may use and, before them, each rule that could tie with one of them
 * in the same cascade layer (same specificity, the same element, a property in common): the late
 * sheet comes after the inline rules, so such a rule must be inline too, or it would win where it
 * lost. `late`, one per sheet: the rest, without the @property rules (inline already), which each
 * page enables once it is live. It names nothing a frame shows, so enabling it restyles no element
 * of the page (Chrome otherwise restyles every element a rule of it matches, all in one task).
 */
export function splitSheets(sheets: readonly string[], pages: readonly PageNames[]): { inline: string; late: string[] } {
  const mayUse = (rule: StyleRule) => pages.some((page) => rule.selectors.some((sel) => mayMatch(sel, page)));
  const all: Entry[] = [];
  sheets.forEach((css, sheet) =>
    transform({ filename: 'sheet.css', code: Buffer.from(css), visitor: { StyleSheet: (parsed) => void entries(parsed.rules, sheet, mayUse, '', all) } }),
  );
  // From the last rule back: a rule is inline when a frame may use it or a later inline rule could tie with it.
  const inline: Entry[] = [];
  for (const entry of all.reverse()) if (entry.used || inline.some((later) => tie(entry, later))) inline.push(entry);
  const kept = new Set(inline.map((e) => `${e.sheet} ${e.at}`));
  const pick = (css: string, sheet: number, wanted: boolean) => {
    const visitor: Visitor<never> = {
      Rule: {
        ...(wanted ? {} : { property: () => [] }),
        style: (rule) => (kept.has(`${sheet} ${at(rule.value.loc)}`) === wanted ? undefined : []),
      },
    };
    return transform({ filename: 'sheet.css', code: Buffer.from(css), minify: true, visitor }).code.toString();
  };
  return { inline: sheets.map((css, i) => pick(css, i, true)).join(''), late: sheets.map((css, i) => pick(css, i, false)) };
}
