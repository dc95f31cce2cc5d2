import { OUTCOMES, ROLES, STEP_KINDS } from '../../../../bpmn/plan';
import { SERVICE_ACTIVITIES } from '../../../../bpmn/service-activities';
import { DEPARTMENT_PLACEHOLDERS, isDepartmentPlaceholder } from '../../../../bpmn/departments';

/** The choices our properties panel offers; labels are i18n keys under ow.designer.*. */
export { DEPARTMENT_PLACEHOLDERS };
export const FIELD_TYPES = ['string', 'text', 'number', 'boolean', 'date', 'enum'] as const;
export const TIMER_KINDS = ['duration', 'beforeDeadline'] as const;
export { OUTCOMES, ROLES, STEP_KINDS, SERVICE_ACTIVITIES };

export interface Option {
  value: string;
  label: string;
}

/** The i18n key of a coded value: a prefix (`<prefix>.<value>`) or a function for values labelled in two places. */
export type LabelKey = string | ((value: string) => string);
export const labelKeyOf = (key: LabelKey, value: string) => (typeof key === 'string' ? `${key}.${value}` : key(value));

/** Department and role labels are the console's shared ones; only the per-matter placeholders are the designer's. */
export const CANDIDATE_LABELS = {
  department: (value: string) =>
    isDepartmentPlaceholder(value) ? `ow.designer.departments.${value}` : `ow.shared.departments.${value}`,
  role: 'ow.shared.roles',
} satisfies Record<string, LabelKey>;

/** A department the candidate picker offers: the centre's active departments (owDepartments service). */
export interface DepartmentOption {
  code: string;
  label: string;
}

/**
 * The candidate department choices: the per-matter placeholders first (most steps use them), then the centre's
 * active departments by name; a value no longer among them (deactivated, or typed into the XML) stays shown as such.
 */
export function departmentOptions(
  departments: DepartmentOption[],
  current: string,
  translate: (key: string, replacements?: Record<string, string>) => string,
): Option[] {
  const known = departments.some((d) => d.code === current) || !current || isDepartmentPlaceholder(current);
  return [
    ...selectOptions(DEPARTMENT_PLACEHOLDERS, CANDIDATE_LABELS.department, translate),
    ...departments.map((d) => ({ value: d.code, label: d.label })),
    ...(known ? [] : [{ value: current, label: translate('ow.designer.props.candidates.unknown', { code: current }) }]),
  ];
}

/** Options for a SelectEntry: an empty choice first, then each value with its translated label. */
export function selectOptions(
  values: readonly string[],
  labelKey: LabelKey | null,
  translate: (key: string) => string,
): Option[] {
  return [
    { value: '', label: translate('ow.designer.props.none') },
    ...values.map((value) => ({ value, label: labelKey ? translate(labelKeyOf(labelKey, value)) : value })),
  ];
}
