// `?src=<url>`: a scenario YAML from anywhere, fetched without credentials and validated with the
// same schema as the built-in ones. The host must answer with Access-Control-Allow-Origin.
import type { ScenarioError } from '../scenario/types';
import { addScenario, parseScenarioText, scenarioIds } from '../store/traces';

export type CustomScenario = { ok: true; id: string } | { ok: false; message: string; errors: ScenarioError[] };

const MAX_BYTES = 256 * 1024;

function fail(message: string, errors: ScenarioError[] = []): CustomScenario {
  return { ok: false, message, errors };
}

/** Fetches, validates and registers the scenario; never throws (a failure is data to show). */
export async function loadCustomScenario(src: string, base: string): Promise<CustomScenario> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return fail(`"${src}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail(`only http and https addresses are fetched, not ${url.protocol}`);
  let text: string;
  try {
    const response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
    if (!response.ok) return fail(`${url.href} answered ${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch {
    return fail(`${url.href} could not be fetched: is it online, and does it send Access-Control-Allow-Origin?`);
  }
  if (text.length > MAX_BYTES) return fail(`${url.href} is larger than ${MAX_BYTES / 1024} kB`);
  const file = url.pathname.split('/').pop() || url.href;
  const result = await parseScenarioText(text, file);
  if (!result.ok) return fail(`${file} is not a valid kubewalk scenario`, result.errors);
  // A custom scenario never hides a built-in one of the same id.
  let id = result.scenario.id;
  while (scenarioIds().includes(id)) id = `${id}-custom`;
  addScenario({ ...result.scenario, id });
  return { ok: true, id };
}
