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

/** A version-4 UUID, as the API server's registry assigns to metadata.uid. */
export function uuid(rng: Rng): string {
  let out = '';
  for (let i = 0; i < 32; i++) {
    let digit = rng.int(16);
    if (i === 12) digit = 4;
    if (i === 16) digit = 8 + (digit % 4);
    out += HEX[digit];
    if (i === 7 || i === 11 || i === 15 || i === 19) out += '-';
  }
  return out;
}

// k8s.io/apimachinery/pkg/util/rand: no vowels (no words) and no confusable characters.
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** A 5-character suffix like the one in `kube-api-access-x7k2p`. */
export function nameSuffix(rng: Rng, length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) out += SUFFIX_ALPHABET[rng.int(SUFFIX_ALPHABET.length)];
  return out;
}

export function hex(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += HEX[rng.int(16)];
  return out;
}
