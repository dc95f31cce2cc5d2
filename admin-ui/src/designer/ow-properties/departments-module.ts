import type { DepartmentOption } from './options';

export interface OwDepartments {
  /** the centre's active departments, labelled in the console's locale, as the designer page last loaded them */
  list(): DepartmentOption[];
}

/** diagram-js service `owDepartments`: the candidate picker lists the departments an admin keeps in the console. */
export const createDepartmentsModule = (list: () => DepartmentOption[]) => ({
  owDepartments: ['value', { list } satisfies OwDepartments],
});
