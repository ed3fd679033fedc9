// Regenerates the README screenshot from the production build: `npm run build && npm run screenshot`.
// Optional: `-- --query "?scenario=create-pod&level=standard&step=9" --out docs/screenshot.png --dark`.
import { withApp, withPreview } from './preview-server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const query = arg('query', '?scenario=create-pod&level=standard&step=9');
const out = arg('out', 'docs/screenshot.png');
const width = Number(arg('width', 1280));
const height = Number(arg('height', 720));

const look = {
  viewport: { width, height },
  deviceScaleFactor: 1,
  colorScheme: process.argv.includes('--dark') ? 'dark' : 'light',
  reducedMotion: 'reduce',
};
// As a first-time reader sees it: checkpoint questions on.
await withPreview(5183, (base) =>
  withApp(base, '/' + query, { page: look, questions: true }, async (page) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: out });
    console.log(`wrote ${out} (${width}×${height}, ${query})`);
  }),
);
