// Scenario files are turned into validated JSON modules by scripts/vite-plugin-scenarios.ts.
declare module '*.yaml' {
  import type { Scenario } from './types';
  const scenario: Scenario;
  export default scenario;
}
