import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Local-only secret kept in the data folder (0600), created on first start; production passes its own via env. */
export function localSecret(dataDir: string, name: string, bytes = 32): string {
  const dir = path.join(dataDir, 'secrets');
  const file = path.join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(bytes).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
