// One line per budget, the same shape in every measuring script, so `npm test` can list them in its
// "Budgets:" summary and tell the kinds apart: a `size` or `check` miss is deterministic and fails
// the gate; a `timing` or `memory` miss depends on the machine and fails only with STRICT_BUDGETS=1.
const missed = [];

/** Prints `budget PASS|MISS [kind] name: figure (budget rule)`. */
export function budget(name, figure, rule, pass, kind = 'timing') {
  console.log(`budget ${pass ? 'PASS' : 'MISS'} [${kind}] ${name}: ${figure} (budget ${rule})`);
  if (!pass) missed.push(name);
}

/** Run by hand, a miss exits 1; under `npm test` (BUDGET_REPORT=1) the gate judges the lines. */
export function finish() {
  process.exit(missed.length > 0 && !process.env.BUDGET_REPORT ? 1 : 0);
}

const LINE = /^budget (PASS|MISS) \[(\w+)\] (.*)$/;
export const FAILING_KINDS = new Set(['size', 'check']);

/** The budget lines of a script's output, for the gate. */
export function parseBudgets(output) {
  return output
    .split('\n')
    .map((l) => LINE.exec(l.trim()))
    .filter(Boolean)
    .map(([, verdict, kind, text]) => ({ pass: verdict === 'PASS', kind, text }));
}
