// Seeded randomness (mulberry32). The seed lives in engine state, so the same input always draws
// the same numbers: uids, name suffixes and scheduler tie-breaks are reproducible.

/** Returns a number in [0, 1) and the next seed. */
export function nextRandom(seed: number): [value: number, seed: number] {
  const next = nextSeed(seed);
  return [valueAt(next), next];
}

/** The seed after `seed` (the draw itself is valueAt of it): no pair allocated per draw. */
function nextSeed(seed: number): number {
  return (seed + 0x6d2b79f5) | 0;
}

function valueAt(next: number): number {
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A random source over a seed holder (the engine's holder reads and replaces state.rng). */
export interface Rng {
  float(): number;
  int(maxExclusive: number): number;
}

export function rngFrom(holder: { rng: number }): Rng {
  const float = (): number => {
    const seed = nextSeed(holder.rng);
    holder.rng = seed;
    return valueAt(seed);
  };
  return { float, int: (max) => Math.floor(float() * max) };
}

const HEX = '0123456789abcdef';

// Characters are gathered as codes in a reused buffer per length and joined once: `out += c` per
// character made a new string per character (36 for a uid, which every created object gets).
const BUFFERS: number[][] = [];

function buffer(length: number): number[] {
  let b = BUFFERS[length];
  if (!b) {
    b = new Array<number>(length).fill(0);
    BUFFERS[length] = b;
  }
  return b;
}

const joined = (codes: number[]): string => String.fromCharCode.apply(null, codes);

/** A version-4 UUID, as the API server's registry assigns to metadata.uid. */
export function uuid(rng: Rng): string {
  const codes = buffer(36);
  for (let i = 0, j = 0; i < 32; i++) {
    let digit = rng.int(16);
    if (i === 12) digit = 4;
    if (i === 16) digit = 8 + (digit % 4);
    codes[j++] = HEX.charCodeAt(digit);
    if (i === 7 || i === 11 || i === 15 || i === 19) codes[j++] = 45; // '-'
  }
  return joined(codes);
}

// k8s.io/apimachinery/pkg/util/rand: no vowels (no words) and no confusable characters.
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** A 5-character suffix like the one in `kube-api-access-x7k2p`. */
export function nameSuffix(rng: Rng, length = 5): string {
  const codes = buffer(length);
  for (let i = 0; i < length; i++) codes[i] = SUFFIX_ALPHABET.charCodeAt(rng.int(SUFFIX_ALPHABET.length));
  return joined(codes);
}

export function hex(rng: Rng, length: number): string {
  const codes = buffer(length);
  for (let i = 0; i < length; i++) codes[i] = HEX.charCodeAt(rng.int(16));
  return joined(codes);
}
