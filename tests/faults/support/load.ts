import { randomUUID } from 'node:crypto';
import { intakeBody, type FaultClient } from './client';

export interface IntakeOutcome {
  key: string;
  matterId: string;
  attempts: number;
  /** answers before the 201, e.g. 503 while the engine or the database was away */
  failures: number[];
  /** from the first try to the 201 */
  ms: number;
}

/**
 * An intake as a careful clerk makes it: on any answer but 201 (or no answer at all) the same request, with the
 * same idempotency key, is sent again a second later, until it is accepted.
 */
export async function intakeUntilAccepted(
  clerk: FaultClient,
  itemCode: string,
  materials: string[],
  timeoutMs = 180_000,
): Promise<IntakeOutcome> {
  const key = randomUUID();
  const body = intakeBody(itemCode, materials, key);
  const failures: number[] = [];
  const started = Date.now();
  const deadline = started + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    const res = await clerk.post('/matters/intake', body).catch(() => ({ status: 0, body: undefined }));
    if (res.status === 201)
      return { key, matterId: res.body.matter.id, attempts: attempt, failures, ms: Date.now() - started };
    failures.push(res.status);
    if (Date.now() > deadline)
      throw new Error(`intake ${key} not accepted after ${attempt} attempts: ${failures.join(', ')}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export const requiredMaterials = async (clerk: FaultClient, itemCode: string): Promise<string[]> => {
  const guide = await clerk.get(`/items/${itemCode}`);
  if (guide.status !== 200) throw new Error(`item ${itemCode}: ${guide.status}`);
  return (guide.body.materials as Array<{ code: string; required: boolean }>)
    .filter((m) => m.required)
    .map((m) => m.code);
};
