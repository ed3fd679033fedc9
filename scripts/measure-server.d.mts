import type { Server } from 'node:http';

/** The Content-Security-Policy the production build is served and tested with. */
export const CSP: string;
/** The embed pages' policy: CSP, but `?src=` may fetch from any origin. */
export const EMBED_CSP: string;
export function cspFor(pathname: string): string;
export function serveDist(options: {
  port: number;
  dist?: string;
  host?: string;
  rewrite?: (path: string, body: Buffer) => Buffer;
}): Promise<Server>;
export function withServer<T>(port: number, fn: (base: string) => Promise<T>): Promise<T>;
