import type { ReactNode } from 'react';
import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatInstant } from '../shared/chinaDate';
import { CodeChip } from '../shared/CodeChip';
import { useCodeLabel } from '../shared/useCodeLabel';
import { StatusChip } from './StatusChip';
import { WarningChip } from '../shared/WarningChip';
import type { MatterDetail } from './types';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ minWidth: 160 }}>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body2" component="div">
      {children}
    </Typography>
  </Box>
);

/** Receipt number, item, kind and status, the masked applicant (with the reveal action), who accepted it where. */
export const MatterHeader = ({
  matter,
  reveal,
  actions,
}: {
  matter: MatterDetail;
  reveal?: ReactNode;
  actions?: ReactNode;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const codeLabel = useCodeLabel();
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
          <Box sx={{ flex: 1 }}>
            <Typography variant="caption" color="text.secondary">
              {translate('resources.matters.fields.receiptNo')}
            </Typography>
            <Typography variant="h5" sx={{ fontFamily: 'monospace' }} data-testid="matter-receipt">
              {matter.receiptNo}
            </Typography>
            <Typography variant="h6" sx={{ mt: 0.5 }}>
              {matter.itemName}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
              <CodeChip group="kinds" code={matter.kind} />
              <StatusChip status={matter.status} size="medium" />
              <WarningChip level={matter.warningLevel} />
              {matter.viaAgent && (
                <Chip
                  size="small"
                  variant="outlined"
                  label={translate('resources.matters.viaAgent', { name: matter.agentName ?? '' })}
                />
              )}
            </Stack>
          </Box>
          {actions && (
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              {actions}
            </Stack>
          )}
        </Stack>
        <Stack direction="row" sx={{ mt: 2, flexWrap: 'wrap', gap: 3 }}>
          <Fact label={translate('ow.matters.header.applicant')}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <span data-testid="applicant-masked">
                {[matter.applicantName, matter.applicantIdMasked, matter.phoneMasked].filter(Boolean).join(' · ')}
              </span>
              {reveal}
            </Stack>
          </Fact>
          <Fact label={translate('resources.matters.fields.acceptedAt')}>
            {formatInstant(matter.acceptedAt, locale)}
          </Fact>
          <Fact label={translate('ow.matters.header.acceptedBy')}>
            {[matter.acceptedByName, matter.windowCode].filter(Boolean).join(' / ') || '—'}
          </Fact>
          <Fact label={translate('resources.matters.fields.leadDepartmentCode')}>
            {codeLabel('departments', matter.leadDepartmentCode)}
          </Fact>
          <Fact label={translate('ow.matters.header.procedure')}>
            {`${matter.procedureKey} v${matter.procedureVersion}`}
            {matter.migratedFromVersion !== null && matter.migratedAt && (
              <span data-testid="matter-migrated">
                {' '}
                {translate('ow.matters.header.migrated', {
                  from: matter.migratedFromVersion,
                  to: matter.procedureVersion,
                  at: formatInstant(matter.migratedAt, locale),
                })}
              </span>
            )}
          </Fact>
          {matter.entrustment && (
            <Fact label={translate('ow.matters.header.entrustment')}>
              {[matter.entrustment.documentRef, matter.entrustment.agentNote].filter(Boolean).join(' · ')}
            </Fact>
          )}
          {matter.outcomeReason && (
            <Fact label={translate('ow.matters.header.outcomeReason')}>{matter.outcomeReason}</Fact>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
