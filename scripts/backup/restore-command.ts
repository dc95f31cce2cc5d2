/**
 * `npm run restore -- <archive> [--force] [--passphrase-file f] [--pii-key-file f]`: checks the archive whole and
 * restores it into an empty data folder (README: Backups). The next `npm start` resumes the matters; its worker
 * runs the reconcile the restore leaves due.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError } from '../../platform/backup/backup-error';
import { log } from '../lib/log';
import { stackLayout } from '../lib/stack-layout';
import { failAndExit } from './report';
import { restoreDataFolder } from './restore-data-folder';

const usage =
  'usage: npm run restore -- <archive.owbackup> [--force] [--passphrase-file <file>] [--pii-key-file <file>]';

function fromFile(file: string | undefined, what: string): string | undefined {
  if (!file) return undefined;
  if (!existsSync(file)) throw new BackupError('CONFIG', `找不到${what}文件：${file}`, `No such file: ${file}`);
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      'passphrase-file': { type: 'string' },
      'pii-key-file': { type: 'string' },
    },
  });
  const [archive] = positionals;
  if (!archive || positionals.length > 1) throw new BackupError('CONFIG', '请指定一个备份归档', usage);
  if (!existsSync(archive)) throw new BackupError('CONFIG', `找不到归档：${archive}`, `No such archive: ${archive}`);
  const env = process.env;
  const passphraseFile = fromFile(values['passphrase-file'], '口令');
  const passphrase = env.BACKUP_PASSPHRASE ?? passphraseFile;
  if (!passphrase)
    throw new BackupError(
      'CONFIG',
      '请提供备份口令：BACKUP_PASSPHRASE=… 或 --passphrase-file 文件',
      'Give the backup passphrase: BACKUP_PASSPHRASE=… or --passphrase-file <file>',
    );
  const layout = stackLayout(env);
  log.stage(`Restore 恢复 ${path.basename(archive)} → ${layout.dataDir}`);
  const outcome = await restoreDataFolder({
    archive: path.resolve(archive),
    passphrase,
    piiKey: env.PII_KEY ?? fromFile(values['pii-key-file'], 'PII 密钥'),
    layout,
    databaseUrl: env.DATABASE_URL,
    force: values.force,
    keepPassphrase: !env.BACKUP_PASSPHRASE,
  });
  if (outcome.replacedFolder) log.info(`the data folder it replaced is kept as ${outcome.replacedFolder}`);
  const instants = outcome.manifest.parts.map((p) => `${p.name} ${p.takenAt}`).join(', ');
  log.ok(`restored the backup of ${outcome.manifest.createdAt} (${instants})`);
  log.info('next: npm start — running matters continue, due timers fire; its worker reconciles the rows with the');
  log.info("workflows first (the console's backups page and `npm run reconcile` show what it repaired)");
  log.info('下一步：npm start —— 办件继续办理，到期的计时器照常触发；工作进程先用流程状态核对并修复数据库记录');
}

main().catch(failAndExit);
