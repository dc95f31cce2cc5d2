import type { ReactNode } from 'react';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Button,
  Chip,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useTranslate } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import { useFixedCodeLabel } from '../shared/useCodeLabel';
import { CentreCard } from './CentreCard';
import { FeeLines } from './FeeLines';
import { OpenShell } from './OpenShell';
import { OpenStates } from './OpenStates';
import type { PublicGuide } from './types';
import { usePublicQuery } from './usePublicQuery';

const Section = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Paper sx={{ p: 2 }} data-testid={testId}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Paper>
  );
};

const Materials = ({ guide }: { guide: PublicGuide }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      {guide.materials.map((m, i) => (
        <Box key={m.name}>
          <Typography>
            {i + 1}. {m.name}{' '}
            <Chip
              size="small"
              color={m.required ? 'primary' : 'default'}
              variant="outlined"
              label={translate(m.required ? 'ow.open.guide.required' : 'ow.open.guide.optional')}
            />{' '}
            {m.deferrable && <Chip size="small" variant="outlined" label={translate('ow.open.guide.deferrable')} />}
          </Typography>
          {m.note && (
            <Typography variant="body2" color="text.secondary">
              {m.note}
            </Typography>
          )}
          {m.sample && (
            <Accordion disableGutters variant="outlined" sx={{ mt: 0.5 }}>
              <AccordionSummary expandIcon={<ExpandMoreIcon />} data-testid="material-sample">
                <Typography variant="body2">{translate('ow.open.guide.sample')}</Typography>
              </AccordionSummary>
              <AccordionDetails>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {m.sample}
                </Typography>
              </AccordionDetails>
            </Accordion>
          )}
        </Box>
      ))}
    </Stack>
  );
};

const GuideView = ({ guide }: { guide: PublicGuide }) => {
  const translate = useTranslate();
  const label = useFixedCodeLabel();
  return (
    <Stack spacing={2}>
      <Paper sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" data-testid="guide-name">
          {guide.name}
        </Typography>
        <Stack spacing={0.5} sx={{ mt: 1 }}>
          <Typography variant="body2">
            {translate('ow.open.guide.department')}：{[guide.departmentName, ...guide.coDepartmentNames].join('、')}
          </Typography>
          <Typography variant="body2">
            {translate('ow.open.guide.kind')}：{label('kinds', guide.kind)}
          </Typography>
          <Typography variant="body2" data-testid="guide-limits">
            {translate('ow.open.guide.limits', { promised: guide.promisedDays, statutory: guide.statutoryDays })}
          </Typography>
          <Typography variant="body2">
            {translate('ow.open.guide.delivery')}：{guide.deliveryMethods.map((d) => label('delivery', d)).join('、')}
          </Typography>
        </Stack>
      </Paper>
      <Section title="ow.open.guide.conditions">
        <Typography sx={{ whiteSpace: 'pre-wrap' }}>{guide.conditions}</Typography>
      </Section>
      <Section title="ow.open.guide.materials" testId="guide-materials">
        <Materials guide={guide} />
      </Section>
      <Section title="ow.open.guide.fees" testId="guide-fees">
        <FeeLines fees={guide.fees} />
      </Section>
      <Section title="ow.open.guide.basis">
        <Typography sx={{ whiteSpace: 'pre-wrap' }}>{guide.legalBasis}</Typography>
      </Section>
      <Section title="ow.open.guide.where">
        <Typography variant="body2">
          {translate('ow.open.guide.windows')}：{guide.windows.join('、')}
        </Typography>
        {guide.stations.length > 0 && (
          <Typography variant="body2">
            {translate('ow.open.guide.stations')}：{guide.stations.join('、')}（
            <Link to="/open/agents">{translate('ow.open.tabs.agents')}</Link>）
          </Typography>
        )}
      </Section>
      <CentreCard centre={guide.centre} />
    </Stack>
  );
};

/** #/open/items/:code — one item's full guide. */
export const GuidePage = () => {
  const translate = useTranslate();
  const { code = '' } = useParams();
  const guide = usePublicQuery(['guide', code], (dp) => dp.getPublicGuide(code));
  return (
    <OpenShell title="ow.open.guide.title">
      <Stack spacing={2}>
        <Box>
          <Button startIcon={<ArrowBackIcon />} component={Link} to="/open" sx={{ minHeight: 44 }}>
            {translate('ow.open.guide.back')}
          </Button>
        </Box>
        <OpenStates isPending={guide.isPending} error={guide.error} />
        {guide.data && <GuideView guide={guide.data} />}
      </Stack>
    </OpenShell>
  );
};
