// Scenario files are turned into validated JSON modules by scripts/vite-plugin-scenarios.ts.
declare module '*.yaml' {
  import type { Scenario } from './types';
  const scenario: Scenario;
  // import.meta.glob(…, { import: 'default' }) needs the default export the Vite plugin emits.
  // eslint-disable-next-line no-restricted-syntax
  export default scenario;
}
