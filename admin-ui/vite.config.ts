import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import path from 'node:path';

export default defineConfig({
  root: __dirname,
  // brotli and gzip copies beside each asset, served by the API as they are (no compression per request)
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  // one preact: form-js's editor brings its own older copy, yet renders the properties panel built on the shared one
  // (two copies in one tree fail with "Cannot read properties of undefined (reading 'context')")
  resolve: { dedupe: ['preact'] },
  build: { outDir: path.join(__dirname, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
