export const WINDOW_KINDS = ['COMPREHENSIVE', 'SPECIALIZED'] as const;

/** A row of GET /windows?all=true, keyed by code. */
export interface WindowRow {
  id: string;
  code: string;
  name: string;
  kind: (typeof WINDOW_KINDS)[number];
  departmentCode: string;
  active: boolean;
}
