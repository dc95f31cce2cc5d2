import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { stopChild } from './temporal-server';
import { log } from './log';

/** gofakes3: a small S3-compatible server in Go, for testing the S3 file store against a real S3 HTTP API. */
export const GOFAKES3_VERSION = 'v1.2.0';
const root = path.resolve(__dirname, '..', '..');
const toolsBin = path.join(root, '.tools', 'bin');

/** Finds or installs gofakes3 into .tools/bin (about a minute from the Go module proxy). S3_TEST_SERVER overrides. */
export function ensureS3TestServer(override?: string): string {
  if (override) {
    if (!existsSync(override)) throw new Error(`S3_TEST_SERVER points at ${override}, which does not exist`);
    return override;
  }
  const binary = path.join(toolsBin, 'gofakes3');
  if (existsSync(binary)) return binary;
  if (spawnSync('go', ['version']).status !== 0)
    throw new Error('gofakes3 is missing and Go is not installed to build it: install Go 1.24+ or set S3_TEST_SERVER');
  log.info(`installing gofakes3 ${GOFAKES3_VERSION} (an S3-compatible test server) from the Go module proxy`);
  mkdirSync(toolsBin, { recursive: true });
  const result = spawnSync('go', ['install', `github.com/johannesboyne/gofakes3/cmd/gofakes3@${GOFAKES3_VERSION}`], {
    env: { ...process.env, GOTOOLCHAIN: 'local', GOBIN: toolsBin },
    stdio: 'inherit',
  });
  if (result.status !== 0 || !existsSync(binary))
    throw new Error(`go install of gofakes3 failed (exit ${result.status})`);
  return binary;
}

export interface RunningS3 {
  endpoint: string;
  bucket: string;
  stop(): Promise<void>;
}

/** An in-memory S3 server on 127.0.0.1:port with one bucket, answering path-style requests. */
export async function startS3TestServer(opts: { binary: string; port: number; bucket: string; logFile: string }) {
  mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const out = createWriteStream(opts.logFile, { flags: 'a' });
  const child = spawn(
    opts.binary,
    ['-backend', 'memory', '-host', `127.0.0.1:${opts.port}`, '-initialbucket', opts.bucket, '-quiet'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const endpoint = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gofakes3 exited (code ${child.exitCode}); see ${opts.logFile}`);
    const answered = await fetch(`${endpoint}/${opts.bucket}`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`gofakes3 did not answer on ${endpoint} within 30 s; see ${opts.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { endpoint, bucket: opts.bucket, stop: () => stopChild(child) } satisfies RunningS3;
}
