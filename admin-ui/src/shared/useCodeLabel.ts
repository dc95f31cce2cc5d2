import { useTranslate } from 'react-admin';
import { codeKey, type CodeGroup } from './codes';

/** Label of a code in the current locale; an unknown code shows as itself rather than as a raw key. */
export function useCodeLabel() {
  const translate = useTranslate();
  return (group: CodeGroup, code: string | null | undefined): string =>
    code ? translate(codeKey(group, code), { _: code }) : '';
}
