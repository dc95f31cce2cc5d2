/**
 * Candidate departments of a user task (ow:Candidates department). The departments themselves are data (the
 * Department table, kept by an admin in the console): the compiler is told which exist (CompileOptions), and
 * checks here only that a value could be a department code at all.
 */

/** The shape of a department code, as the API accepts it when an admin creates a department. */
export const DEPARTMENT_CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,29}$/;

/**
 * Placeholders resolved per matter when the task opens:
 * `$lead` the item's lead department; `$co` one parallel task per co-department of a joint matter (the node
 * completes when all are done); `$accepting` the department of the window that accepted the matter.
 */
export const DEPARTMENT_PLACEHOLDERS = ['$lead', '$co', '$accepting'] as const;
export type DepartmentPlaceholder = (typeof DEPARTMENT_PLACEHOLDERS)[number];

export const isDepartmentPlaceholder = (value: string): value is DepartmentPlaceholder =>
  (DEPARTMENT_PLACEHOLDERS as readonly string[]).includes(value);

export const isDepartmentCode = (value: string): boolean => DEPARTMENT_CODE_PATTERN.test(value);
