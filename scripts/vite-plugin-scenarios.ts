// Turns each scenarios/*.yaml import into `export default <validated Scenario JSON>`. A bad file
// fails the build or the dev server with the file, line, field and a hint.
import type { Plugin } from 'vite';
import { parseScenario } from '../src/scenario/parse';
import { formatErrors } from '../src/scenario/format';

const SCENARIO_FILE = /[\\/]scenarios[\\/][^\\/]+\.yaml$/;

export function scenariosPlugin(): Plugin {
  return {
    name: 'kubewalk-scenarios',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!SCENARIO_FILE.test(file)) return null;
      const result = parseScenario(code, file);
      if (!result.ok) this.error(`invalid scenario file\n${formatErrors(result.errors)}`);
      return { code: `export default ${JSON.stringify(result.scenario)};\n`, map: null };
    },
  };
}
