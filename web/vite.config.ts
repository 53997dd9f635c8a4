// Builds the browser application into dist/web, served by the API server at /. The initial JavaScript (the
// entry and what it imports statically) is measured after every build: the budget is 250 KB gzipped.
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { initialJsReport } from './build/initial-js.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

const config = {
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
} satisfies UserConfig;

export default defineConfig(({ command }) => {
  // The served build is always a production one, whatever NODE_ENV says: a build started by the test runner
  // (NODE_ENV=test) would otherwise bundle React's development build and JSX with source locations, about 60 KB
  // more of initial JavaScript.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return config;
});
