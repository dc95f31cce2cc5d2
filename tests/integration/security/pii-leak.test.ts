import path from 'node:path';
import { acceptMatter, matterDetail, waitFor } from '../../support/matters';
import { leaksInLogs, leaksInTemporal, mobileNumbersIn, validIdNumbersIn } from '../../support/pii-scan';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';

jest.setTimeout(60_000);

describe('personal data stays out of Temporal and the logs', () => {
  test('the scanner finds a valid ID number and ignores look-alikes', () => {
    expect(validIdNumbersIn('x 11010519491231002X y')).toEqual(['11010519491231002X']);
    expect(validIdNumbersIn('11010519491231002Y 110105194912310021 123456789012345678901')).toEqual([]);
    expect(
      mobileNumbersIn('tel 13912345678; at 1764000000000; id 213912345678; run 0193f2a1-7c3e-7b11-9f2d-a13912345678'),
    ).toEqual(['13912345678']);
  });

  test("a matter's ID number is encrypted at rest, masked in answers, and absent from its workflow history and the logs", async () => {
    const matter = await acceptMatter('MZ-001');
    await waitFor('the first task', async () => (await matterDetail(matter.id)).tasks.length > 0);
    const row = await testDb().matter.findUniqueOrThrow({ where: { id: matter.id } });
    expect(row.applicantIdCipher.startsWith('v1:')).toBe(true);
    const revealed = await (await as('clerk')).post(`/matters/${matter.id}/reveal`);
    expect(revealed.status).toBe(200);
    const idNumber: string = revealed.body.idNumber;
    expect(validIdNumbersIn(idNumber)).toEqual([idNumber]);
    expect(JSON.stringify(await matterDetail(matter.id))).not.toContain(idNumber);
    const audit = await testDb().auditLog.findFirst({ where: { action: 'pii.reveal', objectId: matter.id } });
    expect(audit).toBeTruthy();

    const leaks = await leaksInTemporal(process.env.TEMPORAL_ADDRESS!, process.env.TEMPORAL_NAMESPACE ?? 'default', [
      row.workflowId,
    ]);
    expect(leaks).toEqual([]);
    expect(leaksInLogs(path.join(process.env.DATA_DIR!, 'logs')).filter((l) => l.ids.includes(idNumber))).toEqual([]);
  });
});
