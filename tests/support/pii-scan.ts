import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Connection, Client } from '@temporalio/client';
import { validateIdNumber } from '../../domain/identity';

/** 18-character candidates not embedded in longer digit runs; each is checked with the GB 11643 checksum and birth date. */
const CANDIDATE = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;

export function validIdNumbersIn(text: string): string[] {
  return [...new Set(text.match(CANDIDATE) ?? [])].filter((c) => validateIdNumber(c).ok);
}

/** Mainland mobile numbers standing alone: not inside longer digit runs (timestamps) or hex ids (run ids, UUIDs). */
const MOBILE = /(?<![\dA-Za-z])1[3-9]\d{9}(?![\dA-Za-z])/g;
export const mobileNumbersIn = (text: string): string[] => [...new Set(text.match(MOBILE) ?? [])];

/**
 * What tests type into step forms and opinion boxes carries this marker: typed values stay in PostgreSQL, so it must
 * appear in no Temporal history and no log (the run's last scan, scripts/test.ts, looks for it everywhere).
 */
export const FORM_TEXT_MARKER = 'OW手写标记-FORMTEXT-7Q3Z';
export const markersIn = (text: string): string[] => (text.includes(FORM_TEXT_MARKER) ? [FORM_TEXT_MARKER] : []);

/** History payloads are bytes; decode them so the scan sees what a Temporal operator would see. */
function readable(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('utf8');
  if (Array.isArray(value)) return value.map(readable);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
  return value;
}

/** Workflows whose history holds a valid ID number, a mobile number or typed form text (the marker) in plain text. */
export async function leaksInTemporal(
  address: string,
  namespace = 'default',
  workflowIds?: string[],
): Promise<Array<{ workflowId: string; ids: string[] }>> {
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection, namespace });
    const ids = workflowIds ?? [];
    if (!workflowIds) for await (const wf of client.workflow.list()) ids.push(wf.workflowId);
    const leaks: Array<{ workflowId: string; ids: string[] }> = [];
    for (const workflowId of [...new Set(ids)]) {
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      const text = JSON.stringify(readable(history));
      const found = [...validIdNumbersIn(text), ...mobileNumbersIn(text), ...markersIn(text)];
      if (found.length) leaks.push({ workflowId, ids: found });
    }
    return leaks;
  } finally {
    await connection.close();
  }
}

/** Log files holding a valid ID number or typed form text (the marker). */
export function leaksInLogs(logDir: string): Array<{ file: string; ids: string[] }> {
  if (!existsSync(logDir)) return [];
  // services of fault and cluster stages log into folders of their own under logs/
  return readdirSync(logDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(path.join(logDir, file)).isFile())
    .map((file) => {
      const text = readFileSync(path.join(logDir, file), 'utf8');
      return { file, ids: [...validIdNumbersIn(text), ...markersIn(text)] };
    })
    .filter((l) => l.ids.length > 0);
}
