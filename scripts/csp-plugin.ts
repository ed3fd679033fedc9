// vite preview sends the production policy (scripts/measure-server.mjs), per path, so the build is
// previewed and every browser spec runs under the headers it must work with. The preview adds a
// report-uri: each violation the browser reports is appended to .reports/csp-violations.jsonl,
// and `npm test` fails on any (scripts/test.mjs), whichever spec caused it.
import { appendFileSync, mkdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { cspFor } from './measure-server.mjs';

export const CSP_REPORT_PATH = '/__csp-report';
export const CSP_REPORT_FILE = '.reports/csp-violations.jsonl';

export function cspPreviewPlugin(): Plugin {
  return {
    name: 'kubewalk-csp-preview',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname === CSP_REPORT_PATH && req.method === 'POST') {
          let body = '';
          req.on('data', (chunk: Buffer) => (body += chunk.toString()));
          req.on('end', () => {
            mkdirSync('.reports', { recursive: true });
            appendFileSync(CSP_REPORT_FILE, `${body.replace(/\n/g, ' ')}\n`);
            res.writeHead(204).end();
          });
          return;
        }
        res.setHeader('Content-Security-Policy', `${cspFor(url.pathname)}; report-uri ${CSP_REPORT_PATH}`);
        next();
      });
    },
  };
}
