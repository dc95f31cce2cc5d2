import { useTranslate } from 'react-admin';
import { codeKey, type CodeGroup } from './codes';
import { useDepartments } from './useDepartments';

type CodeLabel = (group: CodeGroup, code: string | null | undefined) => string;

/**
 * Label of a fixed code (kinds, statuses, delivery methods …) in the current locale; an unknown code shows as itself
 * rather than as a raw key. Public pages use this one: they have no login to read the departments with.
 */
export function useFixedCodeLabel(): CodeLabel {
  const translate = useTranslate();
  return (group, code) => (code ? translate(codeKey(group, code), { _: code }) : '');
}

/** As useFixedCodeLabel, and departments named as the admin named them (the Department table), for staff pages. */
export function useCodeLabel(): CodeLabel {
  const fixed = useFixedCodeLabel();
  const { nameOf } = useDepartments();
  return (group, code) => (code && group === 'departments' ? nameOf(code) : undefined) ?? fixed(group, code);
}
