// Kubernetes resource quantities, reduced to integers the scheduler can add up.

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

// Parsed quantities by text: the scheduler reads the same few strings for every node and pod.
const CPU = new Map<string, number>();
const BYTES = new Map<string, number>();

/** CPU in millicores: `2` → 2000, `250m` → 250. NaN when malformed. */
export function milliCpu(q: string): number {
  let v = CPU.get(q);
  if (v === undefined) {
    v = parseMilliCpu(q);
    CPU.set(q, v);
  }
  return v;
}

/** Memory (or any plain quantity) in units: `4Gi` → 4294967296, `128974848` → itself. */
export function bytes(q: string): number {
  let v = BYTES.get(q);
  if (v === undefined) {
    v = parseBytes(q);
    BYTES.set(q, v);
  }
  return v;
}

function parseMilliCpu(q: string): number {
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(q.trim());
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  return m[2] === 'm' ? Math.round(n) : Math.round(n * 1000);
}

function parseBytes(q: string): number {
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(q.trim());
  if (!m) return Number.NaN;
  const n = Number(m[1]);
  const suffix = m[2];
  if (!suffix) return Math.round(n);
  return Math.round(n * (BINARY[suffix] ?? DECIMAL[suffix] ?? Number.NaN));
}

export function isQuantity(kind: 'cpu' | 'memory' | 'count', q: string): boolean {
  if (kind === 'cpu') return Number.isFinite(milliCpu(q));
  if (kind === 'memory') return Number.isFinite(bytes(q));
  return /^\d+$/.test(q);
}
