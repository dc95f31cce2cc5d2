import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { logDir } from './services';

/** What a fault test saw, kept beside its logs (and printed) for docs/reliability.md. */
export function recordFindings(test: string, findings: Record<string, unknown>): void {
  const dir = path.join(logDir(), '..', '..', 'fault-findings');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `${test}.json`),
    `${JSON.stringify({ at: new Date().toISOString(), ...findings }, null, 2)}\n`,
  );
  console.log(`[${test}] ${JSON.stringify(findings)}`);
}
