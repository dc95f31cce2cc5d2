import type { ReactNode } from 'react';
import { Box, Card, CardContent, Chip, Divider, Stack, Typography } from '@mui/material';
import { EditButton, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { ErrorState } from '../layout/States';
import { RecordTitle } from '../shared/RecordTitle';
import { CodeChip, CodeChips } from '../shared/CodeChip';
import { useCodeLabel } from '../shared/useCodeLabel';
import { MaterialsTable } from './MaterialsTable';
import { FeeStandardsSection } from '../fees/FeeStandardsSection';
import { useCanEditCatalogue } from './useCanEditCatalogue';
import type { ItemDetail } from './types';

const Actions = () =>
  useCanEditCatalogue() ? (
    <TopToolbar>
      <EditButton label="resources.items.actions.edit" />
    </TopToolbar>
  ) : null;

const Fact = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Box data-testid={testId}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="body1" component="div">
        {children}
      </Typography>
    </Box>
  );
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mt: 3 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate(title)}
      </Typography>
      <Divider sx={{ mb: 1.5 }} />
      {children}
    </Box>
  );
};

const Guide = () => {
  const item = useRecordContext<ItemDetail>();
  const translate = useTranslate();
  const codeLabel = useCodeLabel();
  if (!item) return null;
  const days = (n: number) =>
    n === 0 ? translate('resources.items.onTheSpot') : translate('ow.shared.workingDays', { smart_count: n });
  return (
    <Card variant="outlined" sx={{ m: { xs: 0, sm: 1 } }}>
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' }, mb: 1 }}>
          <Typography variant="h5" component="h1">
            {item.name}
          </Typography>
          <Stack direction="row" spacing={1}>
            <CodeChip group="kinds" code={item.kind} variant="filled" />
            {!item.active && <Chip size="small" label={translate('resources.items.status.inactive')} />}
          </Stack>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {item.code}
        </Typography>

        <Box sx={{ display: 'grid', gap: 2, mt: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' } }}>
          <Fact label="resources.items.fields.promisedDays" testId="fact-promisedDays">
            {days(item.promisedDays)}
          </Fact>
          <Fact label="resources.items.fields.statutoryDays" testId="fact-statutoryDays">
            {days(item.statutoryDays)}
          </Fact>
          <Fact label="resources.items.fields.feeText">{item.feeText || translate('resources.items.free')}</Fact>
          <Fact label="resources.items.fields.procedureKey">
            <Box component="span" sx={{ fontFamily: 'monospace' }}>
              {item.procedureKey}
            </Box>
          </Fact>
          <Fact label="resources.items.fields.leadDepartmentCode">
            {codeLabel('departments', item.leadDepartmentCode)}
          </Fact>
          <Fact label="resources.items.fields.coDepartmentCodes">
            {item.coDepartmentCodes?.length
              ? item.coDepartmentCodes.map((c) => codeLabel('departments', c)).join('、')
              : '—'}
          </Fact>
          <Box sx={{ gridColumn: { xs: '1 / span 2', md: 'span 2' } }}>
            <Fact label="resources.items.fields.deliveryMethods">
              <CodeChips group="delivery" codes={item.deliveryMethods} />
            </Fact>
          </Box>
        </Box>

        <Section title="resources.items.fields.conditions">
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
            {item.conditions}
          </Typography>
        </Section>
        <Section title="resources.items.fields.materials">
          <MaterialsTable materials={item.materials ?? []} />
          {item.materials?.some((m) => m.deficiencyAllowed) && (
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
              {translate('resources.items.deficiencyAllowedHint')}
            </Typography>
          )}
        </Section>
        <Section title="ow.fees.standards">
          <FeeStandardsSection itemCode={item.code} />
        </Section>
        <Section title="resources.items.fields.legalBasis">
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
            {item.legalBasis}
          </Typography>
        </Section>
      </CardContent>
    </Card>
  );
};

/** 办事指南: everything an applicant and a clerk need to know about the item. */
export const ItemShow = () => (
  <Show
    actions={<Actions />}
    title={<RecordTitle prefix="resources.items.titles.show" field="name" />}
    error={<ErrorState message="resources.items.error" />}
  >
    <Guide />
  </Show>
);
