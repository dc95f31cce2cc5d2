import { useGetList, useLocaleState } from 'react-admin';

export interface Department {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  active: boolean;
  /** 科室负责人 (answers the department's 整改) */
  headUserId?: string | null;
}

/** Departments are data an admin keeps (GET /departments, inactive ones too): one cached list for every page. */
export function useDepartments() {
  const [locale] = useLocaleState();
  const { data, error, refetch } = useGetList<Department>(
    'departments',
    { pagination: { page: 1, perPage: 1000 }, sort: { field: 'code', order: 'ASC' } },
    { staleTime: 60_000 },
  );
  return {
    departments: data,
    error,
    refetch,
    nameOf: (code: string): string | undefined => {
      const department = data?.find((d) => d.code === code);
      return department && (locale === 'en' ? (department.nameEn ?? department.name) : department.name);
    },
  };
}

/**
 * `{ id, name }` choices of the active departments, names already in the current locale (`translateChoice={false}`).
 * `keep` stays listed even when inactive: the value a record already holds.
 */
export function useDepartmentChoices(keep?: string | null): Array<{ id: string; name: string }> {
  const { departments, nameOf } = useDepartments();
  return (departments ?? [])
    .filter((d) => d.active || d.code === keep)
    .map((d) => ({ id: d.code, name: nameOf(d.code) ?? d.code }));
}
