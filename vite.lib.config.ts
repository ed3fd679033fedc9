// Library builds, after the app's (`vite build` first: these add to dist/ without emptying it).
//   --mode host     dist/kubewalk-embed.js: the host page script (a classic script, no imports)
//   --mode element  dist/lib/kube-walkthrough.js: the <kube-walkthrough> web component (an ES
//                   module; React, the view and the engine load in chunks beside it on first use)
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { scenariosPlugin } from './scripts/vite-plugin-scenarios.js';
import { embedPlugin } from './scripts/export-embed-plugin.js';

export default defineConfig(({ mode }) => {
  const host = mode === 'host';
  return {
    plugins: [scenariosPlugin(), react(), tailwindcss(), embedPlugin()],
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: host ? 'dist' : 'dist/lib',
      emptyOutDir: false,
      copyPublicDir: false,
      // Lib mode keeps the whitespace of ES output; these are served as they are, so minify fully.
      rolldownOptions: { output: { minify: true } },
      lib: host
        ? { entry: 'src/embed/host.ts', formats: ['iife'], name: 'kubewalkEmbed', fileName: () => 'kubewalk-embed.js' }
        : { entry: 'src/embed/element.ts', formats: ['es'], fileName: () => 'kube-walkthrough.js' },
    },
  };
});
