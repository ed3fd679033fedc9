// `?src=<url>`: a scenario YAML from anywhere, fetched without credentials and validated with the
// same schema as the built-in ones. The host must answer with Access-Control-Allow-Origin.
import type { ScenarioError } from '../scenario/types';
import { t } from '../store/lang';
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
    return fail(t('embed.src.notUrl', { src }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail(t('embed.src.protocol', { protocol: url.protocol }));
  let text: string;
  try {
    const response = await fetch(url, { credentials: 'omit', redirect: 'follow' });
    if (!response.ok) return fail(t('embed.src.status', { url: url.href, status: `${response.status} ${response.statusText}`.trim() }));
    text = await response.text();
  } catch {
    return fail(t('embed.src.unreachable', { url: url.href }));
  }
  if (text.length > MAX_BYTES) return fail(t('embed.src.tooBig', { url: url.href, kb: MAX_BYTES / 1024 }));
  const file = url.pathname.split('/').pop() || url.href;
  const result = await parseScenarioText(text, file);
  if (!result.ok) return fail(t('embed.src.invalid', { file }), result.errors);
  // A custom scenario never hides a built-in one of the same id.
  let id = result.scenario.id;
  while (scenarioIds().includes(id)) id = `${id}-custom`;
  addScenario({ ...result.scenario, id });
  return { ok: true, id };
}
