/**
 * `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference
 * between the committed schema (git HEAD) and the working one. Schema-to-schema diff needs no shadow database,
 * which the WebAssembly schema engine cannot create reliably here. The engine still connects to DATABASE_URL:
 * start a throwaway server with `npx tsx scripts/dev-postgres.ts` and export the URL it prints.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runPrisma } from './lib/prisma-cli';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <snake_case_name>');
  process.exit(2);
}
const old = path.join(mkdtempSync(path.join(tmpdir(), 'ow-schema-')), 'schema.prisma');
writeFileSync(old, execFileSync('git', ['show', 'HEAD:prisma/schema.prisma']));
const { status, output } = runPrisma(
  ['migrate', 'diff', '--from-schema-datamodel', old, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
  undefined,
  true,
);
if (status !== 0) {
  console.error(output);
  process.exit(1);
}
// the CLI mixes its own notices into stdout; keep only the SQL
const sql = output
  .slice(output.indexOf('--'))
  .split('\n')
  .filter((l) => !/^(Loaded Prisma config|Prisma config detected)/.test(l))
  .join('\n');
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join('prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`wrote ${dir}/migration.sql`);
