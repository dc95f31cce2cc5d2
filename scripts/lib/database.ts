import { runPrisma } from './prisma-cli';
import { createDb } from '../../platform/db';
import { seed } from '../../prisma/seed';

export function migrate(databaseUrl: string): void {
  const { status, output } = runPrisma(['migrate', 'deploy'], databaseUrl, true);
  if (status !== 0) throw new Error(`prisma migrate deploy failed:\n${output}`);
}

export async function seedDemoData(databaseUrl: string): Promise<void> {
  const db = createDb(databaseUrl, 2);
  try {
    await seed(db);
  } finally {
    await db.$disconnect();
  }
}
