// Words built where a problem is found (a scenario file's error), written as an English template and
// its values, w`unknown field "${key}"`: a catalog keyed by the template ('unknown field "{0}"')
// says them in another language, and anything it lacks stays English.
import { fill } from './render';

/** An English template with {0}, {1}… and the values that fill them; a value may be words too. */
export interface Said {
  text: string;
  values: (string | number | Said)[];
}

export function w(strings: TemplateStringsArray, ...values: (string | number | Said)[]): Said {
  return { text: strings.reduce((out, s, i) => `${out}{${i - 1}}${s}`), values };
}

/** The words in a catalog's language (keyed by the English template); a plain string is someone else's and stays. */
export function say(said: Said | string, catalog: Readonly<Record<string, string>> = {}): string {
  if (typeof said === 'string') return said;
  const values = said.values.map((v) => (typeof v === 'object' ? say(v, catalog) : v));
  return fill(catalog[said.text] ?? said.text, Object.fromEntries(values.map((v, i) => [String(i), v])));
}
