// Words built where a problem is found (kubectl's refusal, a scenario file's error), written as an
// English template and its values, w`unknown flag "${name}"`: a catalog keyed by the template
// ('unknown flag "{0}"') says them in another language, and anything it lacks stays English. It
// lives in the engine because kubectl builds such words; a Said is plain JSON, so a step carries it.

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
  const values = said.values.map((v) => (typeof v === 'object' ? say(v, catalog) : String(v)));
  // An unknown slot stays visible, as a missing param does in a narration.
  return (catalog[said.text] ?? said.text).replace(/\{(\d+)\}/g, (whole, i: string) => values[Number(i)] ?? whole);
}
