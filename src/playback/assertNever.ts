/** Exhaustiveness guard for discriminated unions: a new case fails type-checking here. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
