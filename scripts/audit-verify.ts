/** `npm run audit:verify`: checks the audit trail's hash chain (DATABASE_URL). Exit 0 intact, 1 tampered. */
import { createDb } from '../platform/db';
import { verifyAuditChain } from '../api/audit/verify-chain';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const db = createDb(url, 1);
  try {
    const report = await verifyAuditChain(db);
    if (report.ok) console.log(`audit trail intact: ${report.checked} entries checked (审计日志完整)`);
    else console.log(`AUDIT TRAIL TAMPERED at seq ${report.brokenAtSeq}: ${report.reason} (审计日志被篡改)`);
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
