// vite preview sends the production policy (scripts/measure-server.mjs), per path: the build is
// previewed and tested under the headers it must work with.
import type { Plugin } from 'vite';
import { cspFor } from './measure-server.mjs';

export function cspPreviewPlugin(): Plugin {
  return {
    name: 'kubewalk-csp-preview',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        res.setHeader('Content-Security-Policy', cspFor(new URL(req.url ?? '/', 'http://localhost').pathname));
        next();
      });
    },
  };
}
