import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db';
import { acceptMatter, applicant, as, waitFor } from './matters';
import { poison } from './poisoned-writes';

export interface IncidentRow {
  id: string;
  matterId: string;
  receiptNo: string;
  nodeId: string;
  kind: string;
  causeZh: string;
  attempts: number;
  resolution: string | null;
  resolvedByName: string | null;
  targets: Array<{ nodeId: string }>;
}

/**
 * 即办件 MZ-004 issues its result at once (the issueResult service task). Its result row refused by the database for
 * this applicant only, the service fails on every attempt of its budget (SERVICE_RETRY_MAX_ATTEMPTS=3 on the test
 * stack) and the matter waits on an incident: a service failing on demand, with nothing added to the product.
 * Returns the matter, the incident (as GET /incidents lists it) and the cure.
 */
export async function matterWithIncident(db: Db) {
  const name = `故障${randomUUID().slice(0, 6)}`;
  const cure = await poison(
    db,
    'MatterResult',
    `NEW."matterId" IN (SELECT m.id FROM "Matter" m WHERE m."applicantName" = '${name}')`,
  );
  const matter = await acceptMatter('MZ-004', { extra: { applicant: { ...applicant(), name } } });
  const manager = await as('manager');
  const incident = await waitFor(
    'the incident',
    async () => {
      const res = await manager.get<{ data: IncidentRow[]; total: number }>(
        `/incidents?state=OPEN&receiptNo=${encodeURIComponent(matter.receiptNo)}`,
      );
      return res.body.data[0];
    },
    60_000,
  );
  return { matter, incident, cure };
}

/** Retries, as a manager, every open incident of the matter (after its cause was cured); how many there were. */
export async function retryOpenIncidents(receiptNo: string): Promise<number> {
  const manager = await as('manager');
  const open = await manager.get<{ data: IncidentRow[] }>(
    `/incidents?state=OPEN&receiptNo=${encodeURIComponent(receiptNo)}`,
  );
  for (const incident of open.body.data) {
    const res = await manager.post(`/incidents/${incident.id}/retry`, {});
    if (res.status !== 200 && res.status !== 409) throw new Error(`retry ${incident.id}: ${res.status}`);
  }
  return open.body.data.length;
}
