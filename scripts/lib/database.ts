import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runPrisma } from './prisma-cli';
import { createDb } from '../../platform/db';
import { seed } from '../../prisma/seed';

const sqlDir = path.resolve(__dirname, '..', '..', 'prisma', 'sql');

/** prisma migrate deploy, then the idempotent SQL of prisma/sql (triggers the schema engine cannot apply). */
export async function migrate(databaseUrl: string): Promise<void> {
  const { status, output } = runPrisma(['migrate', 'deploy'], databaseUrl, true);
  if (status !== 0) throw new Error(`prisma migrate deploy failed:\n${output}`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const file of readdirSync(sqlDir)
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      await client.query(readFileSync(path.join(sqlDir, file), 'utf8'));
    }
  } finally {
    await client.end();
  }
}

export async function seedDemoData(databaseUrl: string): Promise<void> {
  const db = createDb(databaseUrl, 2);
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
}
