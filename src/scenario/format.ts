import type { ScenarioError } from './types';

/** One readable block per error: `file:line:column  field: message` and the hint under it. */
export function formatErrors(errors: ScenarioError[]): string {
  return errors.map((e) => `${e.file}:${e.line}:${e.column}  ${e.field}: ${e.message}\n    hint: ${e.hint}`).join('\n');
}
