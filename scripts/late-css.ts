// The late stylesheet of prerendered pages: what they enable once they are live, in place of the
// full stylesheets, whose rules they partly carry inline already (scripts/critical-css.ts).
import { transform, type Rule, type Selector, type Visitor } from 'lightningcss';
import { mayMatch, type PageNames } from './critical-css.js';

type Specificity = [ids: number, classes: number, types: number];

const higher = (a: Specificity, b: Specificity) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** A selector's specificity (:where counts nothing, :is, :not and :has their most specific argument). */
export function specificity(selector: Selector): Specificity {
  let [ids, classes, types]: Specificity = [0, 0, 0];
  for (const part of selector) {
    if (part.type === 'id') ids++;
    else if (part.type === 'class' || part.type === 'attribute') classes++;
    else if (part.type === 'type' || part.type === 'pseudo-element') types++;
    else if (part.type === 'pseudo-class' && part.kind !== 'where') {
      const args = 'selectors' in part && ['is', 'not', 'has', 'any'].includes(part.kind) ? (part.selectors as Selector[]) : null;
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

/** What a declaration can override: a property and its shorthand share one name (margin-top: margin). */
function family(property: string): string {
  const name = property.replace(/^-(webkit|moz|ms)-/, '');
  if (name.startsWith('--') || name === 'all') return name;
  if (/^(top|right|bottom|left|inset)\b/.test(name)) return 'inset';
  if (/^(row-|column-)?gap$/.test(name)) return 'gap';
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

interface Remaining {
  targets: Target[];
  families: Set<string>;
}

/**
 * Which style rules the late sheet leaves out, by their place in the source: those every page
 * already has inline. One stays when a rule that remains, earlier in the same cascade layer, could
 * tie with it (same specificity, the same element, a property in common): the inline copy comes
 * before that rule instead of after it, so where both apply the other would win.
 */
function inlineEverywhere(rules: Rule[], pages: readonly PageNames[], layer = '', remaining = new Map<string, Remaining[]>(), out = new Set<string>()): Set<string> {
  for (const rule of rules) {
    if (rule.type === 'layer-block') inlineEverywhere(rule.value.rules, pages, `${layer}.${(rule.value.name ?? ['(anonymous)']).join('.')}`, remaining, out);
    else if (rule.type === 'media' || rule.type === 'supports' || rule.type === 'container' || rule.type === 'starting-style') inlineEverywhere(rule.value.rules, pages, layer, remaining, out);
    else if (rule.type === 'style') {
      const mine: Remaining = { targets: rule.value.selectors.map(target), families: families(rule.value) };
      const earlier = remaining.get(layer) ?? [];
      remaining.set(layer, earlier);
      const shares = (r: Remaining) => [...mine.families].some((f) => r.families.has(f) || f === 'all' || r.families.has('all'));
      const ties = earlier.some((r) => shares(r) && r.targets.some((a) => mine.targets.some((b) => couldTie(a, b))));
      // A rule with nested rules stays whole: its nested selectors are not looked at here.
      const nested = (rule.value.rules ?? []).length > 0;
      const everywhere = !nested && pages.every((page) => rule.value.selectors.some((sel) => mayMatch(sel, page)));
      if (everywhere && !ties) out.add(at(rule.value.loc));
      else earlier.push(mine);
    }
  }
  return out;
}

/**
 * The stylesheet a prerendered page enables once it is live: all of `css` except what every page
 * in `pages` already has inline (its critical CSS) and the @property rules (inline too). Enabling
 * the whole sheet would make Chrome restyle every element of the page in one task: a registered
 * property or a page-wide selector (*, html, ::after) invalidates them all, and each rule the page
 * already uses invalidates the elements it matches. Rules that name what a page lacks are cheap.
 */
export function lateCss(css: string, pages: readonly PageNames[]): string {
  let inline = new Set<string>();
  const visitor: Visitor<never> = {
    StyleSheet(sheet) {
      inline = inlineEverywhere(sheet.rules, pages);
    },
    Rule: {
      property: () => [],
      style: (rule) => (inline.has(at(rule.value.loc)) ? [] : undefined),
    },
  };
  return transform({ filename: 'late.css', code: Buffer.from(css), minify: true, visitor }).code.toString();
}
