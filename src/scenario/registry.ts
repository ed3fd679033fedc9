// Every scenario, validated at build time by scripts/vite-plugin-scenarios.ts (the browser never
// ships the YAML parser). Sorted: get-nodes first, then create-pod, then the rest by id.
import type { Scenario } from './types';

const modules = import.meta.glob<Scenario>('../../scenarios/*.yaml', { eager: true, import: 'default' });

const ORDER = ['get-nodes', 'create-pod'];

function rank(id: string): number {
  const i = ORDER.indexOf(id);
  return i < 0 ? ORDER.length : i;
}

// Ids are lowercase ASCII, so code-unit order is their order; localeCompare would load the
// browser's collation data while the page is starting (most of this chunk's evaluation time).
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const scenarios: Scenario[] = Object.values(modules).sort((a, b) => rank(a.id) - rank(b.id) || byId(a.id, b.id));
