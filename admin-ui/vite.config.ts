import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import path from 'node:path';

export default defineConfig({
  root: __dirname,
  // brotli and gzip copies beside each asset, served by the API as they are (no compression per request)
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  build: { outDir: path.join(__dirname, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
