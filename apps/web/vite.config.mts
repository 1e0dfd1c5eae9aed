// The web app's build (`npm run build`, into dist/web, served by the API) and its dev server
// (`npm run web:dev`: hot reload on :5173, the API's paths proxied to a running `npm start`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const API = process.env.MOTCUA_API_URL ?? 'http://127.0.0.1:3000';
/** First segments of the API's paths (the pages' are Vietnamese words, so they never meet). */
const API_PATHS = [
  '/dossiers',
  '/public',
  '/procedures',
  '/index-766',
  '/audit',
  '/admin',
  '/registers',
  '/web',
  '/health',
];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // antd marks its modules "use client" (for React Server Components): meaningless in a browser bundle.
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
  server: { proxy: Object.fromEntries(API_PATHS.map((path) => [path, API])) },
});
