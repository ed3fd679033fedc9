// A golden trace per scenario (the trace CLI's JSON, without state) so reviewers see behaviour
// changes as diffs. `UPDATE_GOLDEN=1 npx vitest run` rewrites them.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../index';
import { en } from '../../catalog/en';
import { renderTrace } from '../../catalog/render';
import { parseScenario } from '../../scenario/parse';
import { toJson } from '../../../scripts/trace-format';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const files = ['scenarios'].flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`));

describe('golden traces', () => {
  it.each(files)('%s matches its golden trace', (file) => {
    const parsed = parseScenario(readFileSync(join(ROOT, file), 'utf8'), file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const json = `${JSON.stringify(toJson(renderTrace(simulate(parsed.scenario), en, parsed.scenario.notes), false), null, 2)}\n`;
    const golden = join(import.meta.dirname, `${parsed.scenario.id}.json`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, json);
    expect(json).toBe(readFileSync(golden, 'utf8'));
  });
});
