/**
 * `npm run reconcile`: makes the database's rows say what the workflows say, listing every repair, and reports what
 * it cannot repair with what to do (docs/operations.md). Safe to run any time on a running stack; needs its worker
 * (the workflows answer the queries through it). Exit 0 when nothing is left to do, 1 with findings.
 */
import { Client, Connection } from '@temporalio/client';
import { createDb } from '../../platform/db';
import { connectionOptions } from '../../platform/temporal';
import { describeRepair } from '../../platform/reconcile/describe-repair';
import { runReconcileJob } from '../../platform/reconcile/reconcile-job';
import { log } from '../lib/log';
import { failAndExit } from './report';
import { openStack } from './stack-access';

async function main() {
  const stack = await openStack();
  const { config } = stack;
  const db = createDb(config.DATABASE_URL, 4);
  const connection = await Connection.connect(connectionOptions(config));
  try {
    log.stage('Reconcile 核对流程与数据库');
    const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    const { report } = await runReconcileJob({ db, databaseUrl: config.DATABASE_URL, temporal }, 'cli');
    log.ok(`checked ${report.checkedMatters} matters and ${report.checkedWorkflows} running workflows`);
    for (const matter of report.repaired) {
      log.info(`${matter.receiptNo} (${matter.workflowId}): ${matter.repairs.length} repairs`);
      for (const repair of matter.repairs) log.info(`    ${describeRepair(repair).en}`);
    }
    for (const m of report.restarted)
      log.warn(
        `${m.receiptNo}: its workflow was gone; set to start again from its first step (the API's sweep starts it)`,
      );
    for (const f of report.findings) {
      log.warn(`${f.kind} ${f.receiptNo ?? f.workflowId}: ${f.en}`);
      log.info(`    what to do: ${f.actionEn}`);
      log.info(`    处理办法：${f.actionZh}`);
    }
    log.ok(
      `${report.repaired.length} matters repaired, ${report.restarted.length} restarted, ${report.findings.length} findings`,
    );
    process.exitCode = report.findings.length > 0 ? 1 : 0;
  } finally {
    await connection.close();
    await db.$disconnect();
    await stack.release();
  }
}

main().catch(failAndExit);
