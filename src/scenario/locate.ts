// Maps a field path in a parsed YAML document to the line and column it came from.
import { isMap, isScalar, type Document, type LineCounter, type Node, type Pair } from 'yaml';

export type Path = (string | number)[];

export function fieldName(path: Path): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

/** Position of the value at `path`, or of its key when `key` is set; falls back to the parent. */
export function locate(doc: Document, lc: LineCounter, path: Path, key = false): { line: number; column: number } {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    let node: Node | null | undefined;
    if (key && n === path.length && n > 0) {
      const parent = doc.getIn(sub.slice(0, -1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p: Pair) => isScalar(p.key) && p.key.value === sub[sub.length - 1]);
        node = pair?.key as Node | undefined;
      }
    } else {
      node = (n === 0 ? doc.contents : doc.getIn(sub, true)) as Node | null | undefined;
    }
    const offset = node?.range?.[0];
    if (offset !== undefined) {
      const pos = lc.linePos(offset);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 1, column: 1 };
}

/** Levenshtein distance, for "did you mean …" hints. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

export function closest(word: string, options: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const o of options) {
    const d = distance(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}
