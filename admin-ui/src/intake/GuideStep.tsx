import type { ReactNode } from 'react';
import {
  Box,
  Button,
  Checkbox,
  Chip,
  Divider,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCodeLabel } from '../shared/useCodeLabel';
import { CodeChip } from '../shared/CodeChip';
import type { Material } from '../items/types';
import type { ItemGuide } from './types';

const GuideFact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ mb: 1.5 }}>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body2" component="div">
      {children}
    </Typography>
  </Box>
);

const MaterialRow = ({ material, checked, onToggle }: { material: Material; checked: boolean; onToggle(): void }) => {
  const translate = useTranslate();
  return (
    <ListItem disablePadding divider>
      <ListItemButton onClick={onToggle} dense data-testid={`material-${material.code}`}>
        <ListItemIcon>
          <Checkbox edge="start" checked={checked} tabIndex={-1} disableRipple />
        </ListItemIcon>
        <ListItemText
          primary={material.name}
          secondary={
            [material.copies ? translate('ow.intake.guide.copies', { copies: material.copies }) : null, material.note]
              .filter(Boolean)
              .join(' · ') || undefined
          }
        />
        <Stack direction="row" spacing={0.5}>
          {material.required ? (
            <Chip size="small" color="primary" variant="outlined" label={translate('ow.intake.guide.required')} />
          ) : (
            <Chip size="small" variant="outlined" label={translate('ow.intake.guide.optional')} />
          )}
          {material.deficiencyAllowed && (
            <Chip
              size="small"
              color="warning"
              variant="outlined"
              label={translate('ow.intake.guide.deficiencyAllowed')}
            />
          )}
        </Stack>
      </ListItemButton>
    </ListItem>
  );
};

/** Step 2: the guide (办事指南) and the materials checklist; ticking records what the applicant brought. */
export const GuideStep = ({
  guide,
  provided,
  onChange,
}: {
  guide: ItemGuide;
  provided: ReadonlySet<string>;
  onChange(next: Set<string>): void;
}) => {
  const translate = useTranslate();
  const codeLabel = useCodeLabel();
  const toggle = (code: string) => {
    const next = new Set(provided);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    onChange(next);
  };
  const days = (n: number) =>
    n > 0 ? translate('ow.intake.item.promisedDays', { days: n }) : translate('ow.intake.item.onTheSpot');
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' } }}>
      <Paper variant="outlined">
        <Stack direction="row" sx={{ alignItems: 'center', px: 2, py: 1 }}>
          <Typography variant="subtitle1" sx={{ flex: 1, fontWeight: 600 }}>
            {translate('ow.intake.guide.materials', { ticked: provided.size, total: guide.materials.length })}
          </Typography>
          <Button size="small" onClick={() => onChange(new Set(guide.materials.map((m) => m.code)))}>
            {translate('ow.intake.guide.tickAll')}
          </Button>
          <Button size="small" onClick={() => onChange(new Set())}>
            {translate('ow.intake.guide.clear')}
          </Button>
        </Stack>
        <Divider />
        <List disablePadding>
          {guide.materials.map((m) => (
            <MaterialRow key={m.code} material={m} checked={provided.has(m.code)} onToggle={() => toggle(m.code)} />
          ))}
        </List>
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', p: 2 }}>
          {translate('ow.intake.guide.tickHint')}
        </Typography>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
          <Typography variant="h6" sx={{ flex: 1 }}>
            {guide.name}
          </Typography>
          <CodeChip group="kinds" code={guide.kind} />
        </Stack>
        <GuideFact label={translate('ow.intake.guide.conditions')}>{guide.conditions}</GuideFact>
        <GuideFact label={translate('ow.intake.guide.legalBasis')}>{guide.legalBasis}</GuideFact>
        <GuideFact label={translate('ow.intake.guide.timeLimits')}>
          {translate('ow.intake.guide.timeLimitsValue', {
            promised: days(guide.promisedDays),
            statutory: days(guide.statutoryDays),
          })}
        </GuideFact>
        <GuideFact label={translate('ow.intake.guide.fees')}>
          {guide.feeText || translate('ow.intake.guide.free')}
        </GuideFact>
        <GuideFact label={translate('ow.intake.guide.departments')}>
          {(guide.departmentNames?.length
            ? guide.departmentNames
            : [guide.leadDepartmentCode, ...guide.coDepartmentCodes].map((c) => codeLabel('departments', c))
          ).join('、')}
        </GuideFact>
        <GuideFact label={translate('ow.intake.guide.delivery')}>
          {guide.deliveryMethods.map((d) => codeLabel('delivery', d)).join('、')}
        </GuideFact>
      </Paper>
    </Box>
  );
};
