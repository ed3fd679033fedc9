import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { scenariosPlugin } from './scripts/vite-plugin-scenarios.js';
import { embedPlugin } from './scripts/export-embed-plugin.js';
import { prerenderPlugin } from './scripts/prerender-plugin.js';
import { cspPreviewPlugin } from './scripts/csp-plugin.js';
import { serviceWorkerPlugin } from './scripts/sw-build.js';

export default defineConfig({
  // serviceWorkerPlugin writes dist/sw.js after every other plugin (the prerendered pages too) has
  // written its files; cspPreviewPlugin makes `vite preview` send the production CSP.
  plugins: [
    scenariosPlugin(),
    react(),
    tailwindcss(),
    embedPlugin(),
    prerenderPlugin(),
    serviceWorkerPlugin(),
    cspPreviewPlugin(),
  ],
  build: {
    target: 'es2022',
    // scripts/measure-bundle.mjs follows the entry's imports through it.
    manifest: true,
    rolldownOptions: {
      // The app, and the embed page for iframes on docs sites (src/shells/embed).
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        // Vendor code in its own chunks so the app chunk stays small and caches well.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'xyflow', test: /node_modules[\\/]@xyflow[\\/](?!.*\.css$)/ },
            { name: 'motion', test: /node_modules[\\/](motion|framer-motion|motion-dom|motion-utils)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
