import { DataTable, List, useTranslate } from 'react-admin';
import { LocalDateField } from '../layout/LocalDateField';
import { EmptyState, ErrorState } from '../layout/States';
import type { NoticeTemplate } from './types';

const KindCell = ({ record }: { record: NoticeTemplate }) => {
  const translate = useTranslate();
  return <>{translate(`ow.notices.kinds.${record.kind}`)}</>;
};

/** 通知模板: one row per applicant notice (GET /notice-templates answers them all at once). */
export const TemplateList = () => (
  <List
    empty={<EmptyState message="resources.notice-templates.empty" />}
    error={<ErrorState message="resources.notice-templates.error" />}
    pagination={false}
    perPage={100}
    actions={false}
  >
    <DataTable bulkActionButtons={false} rowClick="edit">
      <DataTable.Col source="kind" disableSort render={(r: NoticeTemplate) => <KindCell record={r} />} />
      <DataTable.Col source="smsText" disableSort />
      <DataTable.Col source="emailSubject" disableSort />
      <DataTable.Col source="smsTemplateCode" disableSort />
      <DataTable.Col
        source="updatedAt"
        disableSort
        render={(r: NoticeTemplate) => <LocalDateField record={r} source="updatedAt" showTime />}
      />
    </DataTable>
  </List>
);
