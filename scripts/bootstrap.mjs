// Plain Node (no dependencies yet): installs npm packages and generates the Prisma client when missing or stale.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const fingerprint = (...files) =>
  createHash('sha256')
    .update(files.map((f) => readFileSync(path.join(root, f))).join('\0'))
    .digest('hex');
const step = (msg) => console.log(`\n\x1b[1m▶ ${msg}\x1b[0m`);

function run(cmd, args, extraEnv = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\x1b[31m✘ ${cmd} ${args.join(' ')} failed (exit ${result.status})\x1b[0m`);
    process.exit(result.status ?? 1);
  }
}

const depsStamp = path.join(root, 'node_modules', '.onewindow-deps');
const depsHash = fingerprint('package.json', 'package-lock.json');
if (!existsSync(depsStamp) || readFileSync(depsStamp, 'utf8') !== depsHash) {
  step('Installing npm dependencies — the first time takes a few minutes');
  // npm install, not npm ci: npm 11 lock files omit other platforms' optional packages, which npm ci then rejects.
  run('npm', ['install', '--no-audit', '--no-fund']);
  writeFileSync(depsStamp, depsHash);
}

const clientStamp = path.join(root, 'generated', '.schema-hash');
const schemaHash = fingerprint('prisma/schema.prisma', 'package-lock.json');
if (!existsSync(clientStamp) || readFileSync(clientStamp, 'utf8') !== schemaHash) {
  step('Generating the Prisma client');
  const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
  // Offline: point the engine variables at an existing file so the CLI does not try to download engines.
  run(process.execPath, [cli, 'generate'], {
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://localhost/onewindow',
    PRISMA_SCHEMA_ENGINE_BINARY: cli,
    PRISMA_QUERY_ENGINE_LIBRARY: cli,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  });
  writeFileSync(clientStamp, schemaHash);
}
