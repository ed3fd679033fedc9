// One line per budget, the same shape in every measuring script, so `npm test` can list them in its
// "Budgets:" summary: `budget PASS|MISS [kind] name: figure (budget rule)`. Kinds: size, check,
// timing, memory. Every MISS fails the gate; BUDGETS=report only reports (a busy machine's timings).
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

/** The budget lines of a script's output, for the gate. */
export function parseBudgets(output) {
  return output
    .split('\n')
    .map((l) => LINE.exec(l.trim()))
    .filter(Boolean)
    .map(([, verdict, kind, text]) => ({ pass: verdict === 'PASS', kind, text }));
}

/** BUDGETS=report: timing figures are printed but fail nothing (a busy machine's timings); sizes,
 * checks and memory still fail, since load does not change them. */
export const reportOnly = () => process.env.BUDGETS === 'report';

/** Whether a missed budget fails the gate. */
export const failsGate = (b) => !b.pass && !(reportOnly() && b.kind === 'timing');
