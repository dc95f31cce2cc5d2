import { DataTable, List, SelectInput, TextInput, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { Chip, Typography } from '@mui/material';
import { EmptyState, ErrorState } from '../layout/States';
import { LocalDateField } from '../layout/LocalDateField';
import { IncidentActions } from './IncidentActions';
import { INCIDENT_KINDS, type Incident } from './types';

const STATES = ['OPEN', 'RESOLVED'] as const;

const filters = [
  <SelectInput
    key="state"
    source="state"
    label="resources.incidents.filters.state"
    choices={STATES.map((id) => ({ id, name: `resources.incidents.states.${id}` }))}
    alwaysOn
  />,
  <SelectInput
    key="kind"
    source="kind"
    label="resources.incidents.filters.kind"
    choices={INCIDENT_KINDS.map((id) => ({ id, name: `resources.incidents.kinds.${id}` }))}
    alwaysOn
  />,
  <TextInput key="receiptNo" source="receiptNo" label="resources.incidents.filters.receiptNo" alwaysOn />,
];

const ReceiptLink = ({ record }: { record: Incident }) => (
  <Typography
    component={Link}
    to={`/matters/${record.matterId}`}
    variant="body2"
    sx={{ fontFamily: 'monospace', color: 'primary.main' }}
  >
    {record.receiptNo}
  </Typography>
);

const Cause = ({ record }: { record: Incident }) => {
  const [locale] = useLocaleState();
  return <>{locale === 'en' ? record.causeEn : record.causeZh}</>;
};

const State = ({ record }: { record: Incident }) => {
  const translate = useTranslate();
  if (!record.resolution)
    return <Chip size="small" color="error" label={translate('resources.incidents.states.OPEN')} />;
  const by = record.resolvedByName ? ` · ${record.resolvedByName}` : '';
  return (
    <Chip
      size="small"
      variant="outlined"
      label={`${translate(`resources.incidents.resolutions.${record.resolution}`)}${by}`}
      title={record.resolutionNote ?? undefined}
    />
  );
};

/** 故障: tokens that cannot go on by themselves, for admins and managers to retry, move or cancel. */
export const IncidentList = () => (
  <List
    title="resources.incidents.title"
    filters={filters}
    filterDefaultValues={{ state: 'OPEN' }}
    empty={<EmptyState message="resources.incidents.empty" />}
    error={<ErrorState message="resources.incidents.error" />}
    perPage={25}
    actions={false}
  >
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="receiptNo" disableSort render={(r: Incident) => <ReceiptLink record={r} />} />
      <DataTable.Col source="itemName" disableSort />
      <DataTable.Col source="nodeName" disableSort />
      <DataTable.Col source="kind" disableSort render={(r: Incident) => <KindLabel kind={r.kind} />} />
      <DataTable.Col source="causeZh" disableSort render={(r: Incident) => <Cause record={r} />} />
      <DataTable.Col source="attempts" disableSort />
      <DataTable.Col
        source="raisedAt"
        disableSort
        render={(r: Incident) => <LocalDateField record={r} source="raisedAt" showTime />}
      />
      <DataTable.Col source="resolution" disableSort render={(r: Incident) => <State record={r} />} />
      <DataTable.Col label={false} disableSort render={() => <IncidentActions />} />
    </DataTable>
  </List>
);

const KindLabel = ({ kind }: { kind: Incident['kind'] }) => <>{useTranslate()(`resources.incidents.kinds.${kind}`)}</>;
