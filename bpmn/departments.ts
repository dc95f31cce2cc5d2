/** Departments a user task may be assigned to (ow:Candidates department). */
export const DEPARTMENT_CODES = [
  'CENTRE',
  'WINDOW',
  'MINZHENG',
  'CANLIAN',
  'WEIJIAN',
  'RENSHE',
  'ZIRAN',
  'NONGYE',
  'ZHUJIAN',
] as const;
export type DepartmentCode = (typeof DEPARTMENT_CODES)[number];

/**
 * Placeholders resolved per matter when the task opens:
 * `$lead` the item's lead department; `$co` one parallel task per co-department of a joint matter (the node
 * completes when all are done); `$accepting` the department of the window that accepted the matter.
 */
export const DEPARTMENT_PLACEHOLDERS = ['$lead', '$co', '$accepting'] as const;
export type DepartmentPlaceholder = (typeof DEPARTMENT_PLACEHOLDERS)[number];

export const isDepartmentPlaceholder = (value: string): value is DepartmentPlaceholder =>
  (DEPARTMENT_PLACEHOLDERS as readonly string[]).includes(value);

export const isCandidateDepartment = (value: string): boolean =>
  isDepartmentPlaceholder(value) || (DEPARTMENT_CODES as readonly string[]).includes(value);
