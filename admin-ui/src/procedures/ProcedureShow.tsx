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
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { EmptyState, ErrorState } from '../layout/States';
import { LocalDateField } from '../layout/LocalDateField';
import { Typography } from '@mui/material';
import { DesignButton } from './DesignButton';
import { MigrationPanel } from './MigrationPanel';
import { useCanDesign } from './useCanDesign';
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

/** 版本迁移, for designers and admins once there are two versions to migrate between. */
const Migration = () => {
  const record = useRecordContext<ProcedureDetail>();
  const translate = useTranslate();
  const canDesign = useCanDesign();
  if (!canDesign || !record?.versions || record.versions.length < 2) return null;
  return (
    <>
      <Typography variant="h6" component="h2">
        {translate('resources.procedures.migration.title')}
      </Typography>
      <MigrationPanel procedure={record} />
    </>
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
      <Migration />
    </SimpleShowLayout>
  </Show>
);
