/**
 * Codes of the API contract; their labels are messages under ow.shared.<group>.<CODE>. Departments are data, not
 * codes fixed here: shared/useDepartments.ts (the messages under ow.shared.departments only stand in for a name).
 */
export const ROLES = ['CLERK', 'APPROVER', 'DESIGNER', 'MANAGER', 'ADMIN', 'AGENT'] as const;
export const CASE_KINDS = ['IMMEDIATE', 'PROMISED', 'JOINT', 'REPORTED'] as const;
export const WARNING_LEVELS = ['NONE', 'YELLOW', 'RED'] as const;
export const DELIVERY_METHODS = ['ONSITE', 'MAIL', 'TERMINAL'] as const;

export type RoleCode = (typeof ROLES)[number];
export type CaseKind = (typeof CASE_KINDS)[number];
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export type CodeGroup = 'departments' | 'roles' | 'kinds' | 'warning' | 'delivery';

/** The i18n key of a code's label. */
export const codeKey = (group: CodeGroup, code: string) => `ow.shared.${group}.${code}`;

/** `{ id, name }` choices for SelectInput / AutocompleteInput, names being i18n keys (react-admin translates them). */
export function codeChoices(group: CodeGroup, codes: readonly string[]): Array<{ id: string; name: string }> {
  return codes.map((code) => ({ id: code, name: codeKey(group, code) }));
}
