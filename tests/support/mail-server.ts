import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { stopChild } from '../../scripts/lib/temporal-server';

const root = path.resolve(__dirname, '..', '..');
const toolsBin = path.join(root, '.tools', 'bin');
export const MAILPIT_VERSION = 'v1.33.1';

/** Mailpit (a real SMTP server with an HTTP API), built from the Go module proxy into .tools/bin when missing. */
export function ensureMailpit(): string {
  const binary = path.join(toolsBin, 'mailpit');
  if (existsSync(binary)) return binary;
  mkdirSync(toolsBin, { recursive: true });
  const built = spawnSync('go', ['install', `github.com/axllent/mailpit@${MAILPIT_VERSION}`], {
    env: { ...process.env, GOTOOLCHAIN: 'local', GOBIN: toolsBin },
    stdio: 'inherit',
  });
  if (built.status !== 0 || !existsSync(binary)) throw new Error(`go install of mailpit failed (exit ${built.status})`);
  return binary;
}

export interface MailServer {
  smtpUrl: string;
  messages(): Promise<Array<{ Subject: string; To: Array<{ Address: string }>; Snippet: string }>>;
  stop(): Promise<void>;
}

export async function startMailServer(smtpPort: number, httpPort: number): Promise<MailServer> {
  const child: ChildProcess = spawn(
    ensureMailpit(),
    ['--smtp', `127.0.0.1:${smtpPort}`, '--listen', `127.0.0.1:${httpPort}`, '--disable-version-check'],
    { stdio: 'ignore' },
  );
  const api = `http://127.0.0.1:${httpPort}/api/v1`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`mailpit exited (code ${child.exitCode})`);
    if ((await fetch(`${api}/messages`).catch(() => undefined))?.ok) break;
    if (Date.now() > deadline) throw new Error('mailpit did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    messages: async () => ((await (await fetch(`${api}/messages`)).json()) as { messages: never[] }).messages,
    stop: () => stopChild(child),
  };
}
