// Serves examples/ as a host page would: on its own origin (another port), with the kubewalk
// address the examples use (http://localhost:4173/, `npm run preview`) replaced by KUBEWALK_URL.
//   node examples/serve.mjs [--port 4187] [--kubewalk http://127.0.0.1:4177/]
// The Playwright tests use it to load the plain-HTML examples cross-origin.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(arg('port', '4187'));
const kubewalk = arg('kubewalk', process.env.KUBEWALK_URL ?? 'http://localhost:4173/').replace(/\/?$/, '/');
const root = fileURLToPath(new URL('.', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.md': 'text/markdown; charset=utf-8', '.yaml': 'text/yaml; charset=utf-8', '.json': 'application/json' };

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return res.writeHead(403).end();
  try {
    let body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (/^text\//.test(type)) body = Buffer.from(body.toString('utf8').replaceAll('http://localhost:4173/', kubewalk));
    // Scenario files here are fetched by the embed (?src=) from another origin: say it may.
    res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`examples on http://127.0.0.1:${port}/ (kubewalk at ${kubewalk})`));
