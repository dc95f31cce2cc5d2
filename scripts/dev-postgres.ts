/**
 * `npx tsx scripts/dev-postgres.ts [port]`: a throwaway PostgreSQL for developer commands that need one
 * (e.g. `npm run db:migration`); prints its URL and runs until Ctrl-C.
 */
import path from 'node:path';
import { startEmbeddedPostgres } from './lib/postgres';

async function main() {
  const port = Number(process.argv[2] ?? 5599);
  const pg = await startEmbeddedPostgres(path.resolve(__dirname, '..', 'data', 'dev-postgres'), port, 'postgres');
  console.log(pg.url);
  const stop = () => void pg.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
