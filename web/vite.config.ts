// Builds the browser application into dist/web, served by the API server at /. The initial JavaScript (the
// entry and what it imports statically) is measured after every build: the budget is 250 KB gzipped.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { initialJsReport } from './build/initial-js.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [
    react(),
    {
      name: 'iotspp-initial-js-size',
      apply: 'build',
      closeBundle() {
        const report = initialJsReport(outDir);
        process.stdout.write(`${report.line}\n`);
      },
    },
  ],
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
    // Every browser we support has native modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development, with the API from `npm start`.
    proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' },
  },
});
