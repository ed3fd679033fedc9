// Turns each scenarios/*.yaml import into `export default <validated Scenario JSON>`. A bad file
// fails the build or the dev server with the file, line, field and a hint.
import type { Plugin } from 'vite';
import type { ParseResult, ScenarioError } from '../src/scenario/types';

interface ParserModule {
  parseScenario: (text: string, file: string) => ParseResult;
  formatErrors: (errors: ScenarioError[]) => string;
}

/**
 * The parser is TypeScript under src/; it is loaded through tsx at first use rather than imported,
 * so Vite's config bundle stays small and free of extensionless imports.
 */
let parser: Promise<ParserModule> | null = null;
function loadParser(): Promise<ParserModule> {
  parser ??= import('tsx/esm/api').then(async ({ tsImport }) => {
    const parse = (await tsImport('../src/scenario/parse.ts', import.meta.url)) as Pick<ParserModule, 'parseScenario'>;
    const format = (await tsImport('../src/scenario/format.ts', import.meta.url)) as Pick<ParserModule, 'formatErrors'>;
    return { parseScenario: parse.parseScenario, formatErrors: format.formatErrors };
  });
  return parser;
}

const SCENARIO_FILE = /[\\/]scenarios[\\/][^\\/]+\.yaml$/;

export function scenariosPlugin(): Plugin {
  return {
    name: 'kubewalk-scenarios',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!SCENARIO_FILE.test(file)) return null;
      const { parseScenario, formatErrors } = await loadParser();
      const result = parseScenario(code, file);
      if (!result.ok) this.error(`invalid scenario file\n${formatErrors(result.errors)}`);
      return { code: `export default ${JSON.stringify(result.scenario)};\n`, map: null };
    },
  };
}
