// Which rules a prerendered frame may use (scripts/late-css.ts puts those inline): a selector may
// match unless it names a class, id, element or attribute that the page does not contain;
// pseudo-classes and nested selectors are assumed to match (keeping too much costs bytes, dropping
// too much would make the frame jump when the full sheet arrives).
import type { SelectorComponent } from 'lightningcss';

export interface PageNames {
  classes: Set<string>;
  ids: Set<string>;
  tags: Set<string>;
  attributes: Set<string>;
}

/** Attributes src/early.ts may give the page before the app runs: rules that name them stay inline. */
const SET_EARLY = ['data-stale'];

/** The classes, ids, element names and attribute names that occur in an HTML text (or that src/early.ts may add). */
export function namesIn(html: string): PageNames {
  const names: PageNames = { classes: new Set(), ids: new Set(), tags: new Set(), attributes: new Set(SET_EARLY) };
  for (const [, tag, attrs = ''] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (tag) names.tags.add(tag.toLowerCase());
    for (const [, name, value = ''] of attrs.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*"([^"]*)")?/g)) {
      if (!name) continue;
      names.attributes.add(name.toLowerCase());
      if (name === 'class') for (const c of value.split(/\s+/)) if (c) names.classes.add(c);
      if (name === 'id') names.ids.add(value);
    }
  }
  return names;
}

/** Whether a selector could match an element of the page: it names nothing the page lacks. */
export function mayMatch(selector: SelectorComponent[], page: PageNames): boolean {
  return selector.every((part) => {
    switch (part.type) {
      case 'class':
        return page.classes.has(part.name);
      case 'id':
        return page.ids.has(part.name);
      case 'type':
        return page.tags.has(part.name.toLowerCase());
      case 'attribute':
        return page.attributes.has(part.name.toLowerCase());
      case 'combinator':
      case 'namespace':
      case 'nesting':
      case 'pseudo-class':
      case 'pseudo-element':
      case 'universal':
        return true;
    }
  });
}
