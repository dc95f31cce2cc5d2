import { OUTCOMES, ROLES, STEP_KINDS } from '../../../../bpmn/plan';
import { SERVICE_ACTIVITIES } from '../../../../bpmn/service-activities';
import { DEPARTMENT_CODES as CODES, DEPARTMENT_PLACEHOLDERS } from '../../../../bpmn/departments';

/** The choices our properties panel offers; labels are i18n keys under ow.designer.*. Placeholders first: most steps use them. */
export const DEPARTMENT_CODES = [...DEPARTMENT_PLACEHOLDERS, ...CODES] as const;
export const FIELD_TYPES = ['string', 'text', 'number', 'boolean', 'date', 'enum'] as const;
export const TIMER_KINDS = ['duration', 'beforeDeadline'] as const;
export { OUTCOMES, ROLES, STEP_KINDS, SERVICE_ACTIVITIES };

export interface Option {
  value: string;
  label: string;
}

/** Options for a SelectEntry: an empty choice first, then each value with its translated label. */
export function selectOptions(values: readonly string[], labelPrefix: string | null, translate: (key: string) => string): Option[] {
  return [
    { value: '', label: translate('ow.designer.props.none') },
    ...values.map((value) => ({ value, label: labelPrefix ? translate(`${labelPrefix}.${value}`) : value })),
  ];
}
