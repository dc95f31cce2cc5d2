import {
  ArrayField,
  Button,
  DataTable,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { Link } from 'react-router-dom';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { EmptyState, ErrorState } from '../layout/States';
import { LocalDateField } from '../layout/LocalDateField';
import { DesignButton } from './DesignButton';
import type { ProcedureDetail, VersionSummary } from './types';

const ShowActions = () => (
  <TopToolbar>
    <DesignButton variant="contained" />
  </TopToolbar>
);

/** Inside the versions table the record context is the version row: the procedure id comes as a prop. */
const OpenVersionButton = ({ procedureId, version }: { procedureId: string; version: VersionSummary }) => (
  <Button
    component={Link}
    to={`/procedures/${procedureId}/versions/${version.version}`}
    label="resources.procedures.actions.openVersion"
  >
    <VisibilityIcon />
  </Button>
);

const Versions = () => {
  const record = useRecordContext<ProcedureDetail>();
  if (!record?.versions?.length) return <EmptyState message="resources.procedures.noVersions" />;
  return (
    <ArrayField source="versions">
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col
          source="version"
          label="resources.procedures.fields.version"
          render={(v: VersionSummary) => `v${v.version}`}
        />
        <DataTable.Col
          source="publishedAt"
          label="resources.procedures.fields.publishedAt"
          render={(v: VersionSummary) => <LocalDateField record={v} source="publishedAt" showTime />}
        />
        <DataTable.Col
          label={false}
          render={(v: VersionSummary) => <OpenVersionButton procedureId={record.id} version={v} />}
        />
      </DataTable>
    </ArrayField>
  );
};

export const ProcedureShow = () => (
  <Show actions={<ShowActions />} error={<ErrorState />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="key" />
      <LocalDateField source="updatedAt" showTime />
      <Labeled label="resources.procedures.fields.versions" fullWidth>
        <Versions />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
