import { useRecordContext, useTranslate } from 'react-admin';

/** A page title made of an i18n prefix and a field of the record, e.g. "编辑人员：张民政". */
export const RecordTitle = ({ prefix, field }: { prefix: string; field: string }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  return <span>{translate(prefix, { name: record ? String(record[field] ?? '') : '' })}</span>;
};
