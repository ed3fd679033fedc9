// A static server for the production build the way a real host serves it: gzip, long-lived
// caching for hashed assets, the strict Content-Security-Policy, `/<name>` → `<name>.html` when
// there is one, 404 for missing files. The soak, the offline spec and measuring scripts use it
// (vite preview sends everything uncompressed, which no host does).
// Usage: node scripts/measure-server.mjs [port]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** No inline or eval'd script, ever. Inline styles are allowed: React Flow positions every node
 *  with a style attribute, and the embed poster carries its stylesheet inline (it paints first). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The embed page fetches `?src=` scenario files from wherever the embedding site keeps them (the
 *  host sends CORS headers): it may connect anywhere. Scripts stay 'self' only. */
export const EMBED_CSP = CSP.replace("connect-src 'self'", 'connect-src *');

/** The policy for a path: the embed pages' (embed.html, embed/<id>.html), or the app's. */
export function cspFor(pathname) {
  return /^\/embed(\.html)?$|^\/embed\//.test(pathname) ? EMBED_CSP : CSP;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.yaml': 'text/yaml; charset=utf-8',
};

function resolveFile(dist, pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, `${clean}.html`];
  for (const c of candidates) {
    const file = join(dist, c);
    if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** `rewrite(path, body)` may change a file as served (tests use it to serve a new build's sw.js). */
export function serveDist({ port, dist = 'dist', host = '127.0.0.1', rewrite }) {
  const root = join(process.cwd(), dist);
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(root, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const immutable = url.pathname.startsWith('/assets/');
    const headers = {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Content-Security-Policy': cspFor(url.pathname),
      'X-Content-Type-Options': 'nosniff',
    };
    let body = rewrite ? rewrite(url.pathname, readFileSync(file)) : readFileSync(file);
    if (!rewrite && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg/.test(type)) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      body = gzipped.get(file);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 5170);
  await serveDist({ port });
  console.log(`serving dist/ on http://127.0.0.1:${port}`);
}

/** Serves dist/ on the port (0: any free one) for the time `fn` runs. */
export async function withServer(port, fn) {
  const server = await serveDist({ port });
  try {
    return await fn(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
