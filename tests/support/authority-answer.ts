import { samplePdf, uploadFile } from './material-files';
import { as, matterDetail, waitFor, work } from './matters';

/** The matter's clock as the API explains it (GET /matters/:id/clock). */
export async function clockOf(matterId: string, username = 'manager') {
  const res = await (await as(username)).get(`/matters/${matterId}/clock`);
  if (res.status !== 200) throw new Error(`clock ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Works the open tasks until the matter waits for the higher authority (上报件), and returns its clock. */
export async function untilWaitingForAuthority(matterId: string) {
  return waitFor('the wait for the higher authority', async () => {
    const clock = await clockOf(matterId);
    if (clock.waitingForAuthority) return clock;
    const matter = await matterDetail(matterId);
    for (const t of matter.tasks.filter((t) => t.status === 'OPEN' || t.status === 'CLAIMED')) await work(t);
    return undefined;
  });
}

export const answerFields = (decision: 'approve' | 'refuse') => ({
  authority: '县残疾人联合会',
  // the answer cannot predate the acceptance nor lie in the future: today, China time
  answeredOn: new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }),
  decision,
  referenceNo: '县残联〔2026〕12号',
  note: '同意办理',
});

/** 上报件: the answer recorded by the handling department (canlian for the seeded CL items), with a real PDF. */
export async function recordAnswer(matterId: string, decision: 'approve' | 'refuse', username = 'canlian') {
  return uploadFile(
    await as(username),
    `/matters/${matterId}/authority-answer`,
    { filename: decision === 'approve' ? '批复.pdf' : '不予批准决定.pdf', content: await samplePdf(decision) },
    answerFields(decision),
  );
}
