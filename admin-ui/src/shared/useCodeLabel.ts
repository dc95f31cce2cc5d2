import { useTranslate } from 'react-admin';
import { codeKey, type CodeGroup } from './codes';
import { useDepartments } from './useDepartments';

/**
 * Label of a code in the current locale; an unknown code shows as itself rather than as a raw key. Departments are
 * named as the admin named them (the Department table), so a department added or renamed in the console shows too.
 */
export function useCodeLabel() {
  const translate = useTranslate();
  const { nameOf } = useDepartments();
  return (group: CodeGroup, code: string | null | undefined): string => {
    if (!code) return '';
    return (group === 'departments' ? nameOf(code) : undefined) ?? translate(codeKey(group, code), { _: code });
  };
}
