import type { Repair } from './reconcile-types';

/** One line per repair, for `npm run reconcile` and the console's backups page. */
export function describeRepair(repair: Repair): { zh: string; en: string } {
  switch (repair.kind) {
    case 'rowRemoved':
      return {
        zh: `删除流程尚未写到的记录 ${repair.table} ${repair.key}`,
        en: `removed ${repair.table} ${repair.key}, written past the workflow's state`,
      };
    case 'matterStatus':
      return { zh: `办件状态 ${repair.from} → ${repair.to}`, en: `status ${repair.from} → ${repair.to}` };
    case 'matterDeadline':
      return {
        zh: `办理期限 ${repair.from.dueDate ?? '无'}/${repair.from.warningLevel} → ${repair.to.dueDate ?? '无'}/${repair.to.warningLevel}`,
        en: `deadline ${repair.from.dueDate ?? 'none'}/${repair.from.warningLevel} → ${repair.to.dueDate ?? 'none'}/${repair.to.warningLevel}`,
      };
    case 'taskCreated':
      return {
        zh: `补建任务「${repair.task.name}」（${repair.task.taskKey}）`,
        en: `created the missing task "${repair.task.name}" (${repair.task.taskKey})`,
      };
    case 'taskReopened':
      return {
        zh: `任务 ${repair.taskKey} 由 ${repair.from} 恢复为待办（该步骤在流程快照之后完成，需重新办理）`,
        en: `reopened task ${repair.taskKey} (was ${repair.from}: done after the workflows' snapshot, to be done again)`,
      };
    case 'taskUpdated':
      return {
        zh: `任务 ${repair.taskKey}：${JSON.stringify(repair.from)} → ${JSON.stringify(repair.to)}`,
        en: `task ${repair.taskKey}: ${JSON.stringify(repair.from)} → ${JSON.stringify(repair.to)}`,
      };
    case 'taskClosed':
      return {
        zh: `关闭任务 ${repair.taskKey}（流程中没有该任务）`,
        en: `closed task ${repair.taskKey} (the workflow has no such task)`,
      };
    case 'suspensionReopened':
      return {
        zh: `补正暂停（自 ${repair.startedAt}）恢复为进行中`,
        en: `reopened the pause since ${repair.startedAt}`,
      };
    case 'suspensionEnded':
      return { zh: `结束补正暂停（自 ${repair.startedAt}）`, en: `ended the pause since ${repair.startedAt}` };
    case 'incidentOpened':
      return {
        zh: `${repair.existed ? '重新打开' : '补建'}故障 ${repair.incident.incidentId}（${repair.incident.nodeName}：${repair.incident.zh}）`,
        en: `${repair.existed ? 'reopened' : 'created the missing'} incident ${repair.incident.incidentId} (${repair.incident.nodeName}: ${repair.incident.en})`,
      };
    case 'incidentClosed':
      return {
        zh: `关闭故障 ${repair.incidentId}（流程中已没有该故障）`,
        en: `closed incident ${repair.incidentId} (the workflow no longer has it)`,
      };
  }
}
