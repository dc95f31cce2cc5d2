import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BackupError } from './backup-error';

const CANDIDATES = ['/usr/bin/sqlite3', '/usr/local/bin/sqlite3', '/opt/homebrew/bin/sqlite3'];

/**
 * The sqlite3 command-line shell (Debian's `sqlite3`), installed with apt-get when missing and run as root, as
 * npm test installs chromium. Node 20 has no SQLite of its own and better-sqlite3 would need a native build.
 */
export function ensureSqliteCli(override?: string): string {
  if (override) {
    if (!existsSync(override))
      throw new BackupError('MISSING_TOOL', `找不到 sqlite3：${override}`, `sqlite3 not found at ${override}`);
    return override;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new BackupError(
      'MISSING_TOOL',
      '未安装 sqlite3：请运行 sudo apt-get install -y sqlite3',
      'sqlite3 is not installed: run `sudo apt-get install -y sqlite3`',
    );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'sqlite3']]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'pipe'], env, encoding: 'utf8' });
    if (r.status !== 0)
      throw new BackupError(
        'MISSING_TOOL',
        `无法安装 sqlite3（apt-get ${args[0]} 失败）`,
        `apt-get ${args.join(' ')} failed: ${r.stderr.trim()}`,
      );
  }
  const installed = CANDIDATES.find((p) => existsSync(p));
  if (!installed)
    throw new BackupError('MISSING_TOOL', '已安装 sqlite3 但找不到程序', 'sqlite3 was installed but not found');
  return installed;
}

/** Runs SQL through the shell, asynchronously: the worker that takes the nightly backup keeps serving meanwhile. */
function sqlite(cli: string, file: string, sql: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cli, ['-bail', file], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`sqlite3 ${file}: ${(err || out).trim()}`)),
    );
    child.stdin.end(`.timeout 60000\n${sql}\n`);
  });
}

const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * A consistent copy of a live SQLite database (Temporal's dev server writes it in WAL mode): `VACUUM INTO` reads
 * the whole database in one read transaction, so it sees one committed instant and never blocks the writer; the
 * backup API of the shell (`.backup`) copies 100 pages a step and starts over whenever the server writes between
 * steps. The copy is checked (`PRAGMA quick_check`, checkSqliteSnapshot) before it is kept.
 */
export async function snapshotSqlite(cli: string, source: string, target: string): Promise<void> {
  if (!existsSync(source))
    throw new BackupError(
      'CONFIG',
      `找不到 Temporal 的 SQLite 文件：${source}`,
      `Temporal's SQLite file not found: ${source}`,
    );
  await sqlite(cli, source, `VACUUM INTO ${quoted(target)};`);
}

/** The snapshot's own check, run once the database's snapshot is taken (it would only widen the gap before). */
export async function checkSqliteSnapshot(cli: string, file: string): Promise<void> {
  const check = await sqlite(cli, file, 'PRAGMA quick_check;');
  if (check !== 'ok') throw new Error(`the SQLite snapshot fails its check: ${check.slice(0, 200)}`);
}
