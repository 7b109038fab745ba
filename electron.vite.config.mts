import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * One build for every host:
 * - main:     the Electron shell (index), the plain-Node command line (cli, which also hosts the web
 *             server) and the core as a library (core, for the benchmarks)
 * - preload:  the contextBridge
 * - renderer: the workbench, served by Electron from file:// or by the web host over http://127.0.0.1
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'src/main/electron/index.ts'),
          cli: resolve(root, 'src/main/cli/index.ts'),
          core: resolve(root, 'src/main/core/index.ts'),
          'import.worker': resolve(root, 'src/main/core/ingest/import.worker.ts'),
          'parse.worker': resolve(root, 'src/main/core/ingest/parse.worker.ts'),
          'analyze.worker': resolve(root, 'src/main/core/nlp/analyze.worker.ts'),
          'nlp.worker': resolve(root, 'src/main/core/nlp/nlp.worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(root, 'src/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    base: './',
    build: {
      minify: true,
      // The workbench loads from the local disk (file:// or 127.0.0.1), never over a network: the
      // Verbatims editor's lazy chunk (AG Grid Community, ~1.2 MB minified) is read once, when the
      // grid first opens. Vite's 500 kB warning is about downloads.
      chunkSizeWarningLimit: 1500,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
    plugins: [react()],
  },
});
