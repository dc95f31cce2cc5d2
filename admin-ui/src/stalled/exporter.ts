import type { DataProvider } from 'react-admin';
import { toCsv, saveCsv } from '../shared/csv';
import { chinaToday } from '../shared/chinaDate';
import { assigneeNames } from './StalledChips';
import type { StalledMatter } from './types';

const FIELDS = ['receiptNo', 'itemName', 'leadDepartmentCode', 'dueDate', 'warningLevel', 'lastProgressAt', 'openTaskAssignees'] as const;
const PAGE = 100; // the API's largest page
const MAX_ROWS = 5000;

/** Every stalled matter matching the filter, page by page. */
export async function fetchAllStalled(dataProvider: DataProvider, filter: Record<string, unknown>): Promise<StalledMatter[]> {
  const rows: StalledMatter[] = [];
  for (let page = 1; rows.length < MAX_ROWS; page++) {
    const { data, total = 0 } = await dataProvider.getList<StalledMatter>('stalled', {
      pagination: { page, perPage: PAGE }, sort: { field: 'dueDate', order: 'ASC' }, filter,
    });
    rows.push(...data);
    if (data.length < PAGE || rows.length >= total) break;
  }
  return rows;
}

/** 督办清单 as CSV (there is no server export for it): the column titles and code labels in the current language. */
export function saveStalledCsv(records: StalledMatter[], translate: (key: string, options?: object) => string): void {
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
}
