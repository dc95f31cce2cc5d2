import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { stopChild } from '../../scripts/lib/temporal-server';
import { SEARCH_ATTRIBUTES } from '../../workflows/search-attributes';

export interface BenchTemporalOptions {
  cli: string;
  port: number;
  /** absent = in memory */
  dbFile?: string;
  /** `--sqlite-pragma` values, e.g. journal_mode=wal */
  pragmas: string[];
  logFile: string;
}

export interface BenchTemporal {
  address: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The Temporal dev server as `npm start` runs it (SQLite file, our search attributes), plus the SQLite pragmas the
 * bench reports and may tune; scripts/lib/temporal-server cannot pass them.
 */
export async function startBenchTemporal(opts: BenchTemporalOptions): Promise<BenchTemporal> {
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(opts.port), '--log-level', 'warn', '--headless'];
  if (opts.dbFile) {
    mkdirSync(path.dirname(opts.dbFile), { recursive: true });
    args.push('--db-filename', opts.dbFile);
  }
  for (const pragma of opts.pragmas) args.push('--sqlite-pragma', pragma);
  for (const [name, type] of Object.entries(SEARCH_ATTRIBUTES)) args.push('--search-attribute', `${name}=${type}`);
  mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const out = createWriteStream(opts.logFile, { flags: 'a' });
  const child = spawn(opts.cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const address = `127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the Temporal dev server exited (code ${child.exitCode}); see ${opts.logFile}`);
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      await connection.workflowService.getSystemInfo({});
      await connection.close();
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`the Temporal dev server did not answer on ${address}; see ${opts.logFile}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return { address, process: child, stop: () => stopChild(child) };
}
