import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { migrationAdapter, reportCatalogTypesAsText } from './prisma/cli-shims';

reportCatalogTypesAsText();

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  engine: 'js',
  // The CLI is a tool, not the app: it takes the URL the launcher (scripts/prisma.ts) passes.
  adapter: async () => migrationAdapter(process.env.DATABASE_URL ?? 'postgresql://localhost/onewindow'),
});
