import type { Exporter } from 'react-admin';
import { toCsv, saveCsv } from '../shared/csv';
import { chinaToday } from '../shared/chinaDate';
import { assigneeNames } from './StalledChips';
import type { StalledMatter } from './types';

const FIELDS = ['receiptNo', 'itemName', 'leadDepartmentCode', 'dueDate', 'warningLevel', 'lastProgressAt', 'openTaskAssignees'] as const;

/** 督办清单 as CSV (there is no server export for it): the column titles and code labels in the current language. */
export function stalledExporter(translate: (key: string, options?: object) => string): Exporter<StalledMatter> {
  return (records) => {
    const header = FIELDS.map((f) => translate(`resources.stalled.fields.${f}`));
    const rows = records.map((m) => [
      m.receiptNo,
      m.itemName,
      translate(`ow.shared.departments.${m.leadDepartmentCode}`, { _: m.leadDepartmentCode }),
      m.dueDate ?? '',
      translate(`ow.shared.warning.${m.warningLevel}`, { _: m.warningLevel }),
      m.lastProgressAt,
      assigneeNames(m.openTaskAssignees),
    ]);
    saveCsv(toCsv(header, rows), `stalled-${chinaToday()}.csv`);
  };
}
