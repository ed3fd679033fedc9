// Starts `vite preview` on the production build for the measuring scripts, and stops it after.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const chromium = JSON.parse(readFileSync(new URL('./chromium.json', import.meta.url), 'utf8'));

export async function withPreview(port, fn) {
  const server = spawn('./node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return await fn(url);
  } finally {
    server.kill();
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? chromium.path;
export const CHROMIUM_FLAGS = chromium.args;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
