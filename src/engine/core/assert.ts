/** Exhaustiveness guard for discriminated unions: reaching it is a programmer error. */
export function assertNever(value: never): never {
  throw new Error(`unhandled variant: ${JSON.stringify(value)}`);
}
