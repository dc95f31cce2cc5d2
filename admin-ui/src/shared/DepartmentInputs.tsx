import {
  SelectArrayInput,
  SelectInput,
  useRecordContext,
  type SelectArrayInputProps,
  type SelectInputProps,
} from 'react-admin';
import { useDepartments } from './useDepartments';

type Choice = { id: string; name: string };

/**
 * The departments to choose from: the active ones, plus those the record already names (an edit keeps its value),
 * or every department for a filter over past records (`includeInactive`).
 */
function useChoices(source: string | undefined, includeInactive: boolean): Choice[] {
  const record = useRecordContext();
  const { departments, nameOf } = useDepartments();
  const held = source ? record?.[source] : undefined;
  const keep = new Set<unknown>(Array.isArray(held) ? held : [held]);
  return (departments ?? [])
    .filter((d) => includeInactive || d.active || keep.has(d.code))
    .map((d) => ({ id: d.code, name: nameOf(d.code) ?? d.code }));
}

/** A department select over the Department table (names as the admin gave them, so not translated again). */
export const DepartmentSelectInput = ({
  includeInactive = false,
  ...props
}: Omit<SelectInputProps, 'choices'> & { includeInactive?: boolean }) => (
  <SelectInput {...props} choices={useChoices(props.source, includeInactive)} translateChoice={false} />
);

export const DepartmentSelectArrayInput = (props: Omit<SelectArrayInputProps, 'choices'>) => (
  <SelectArrayInput {...props} choices={useChoices(props.source, false)} translateChoice={false} />
);
