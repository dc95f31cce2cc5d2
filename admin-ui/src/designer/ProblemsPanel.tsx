import { Alert, Box, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/Warning';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Problem } from './problems';

export interface PublishRejection {
  message: string;
  problems: Problem[];
}

interface Props {
  problems: Problem[] | null;
  rejection: PublishRejection | null;
  onReveal(elementId: string): void;
}

/** The compile problems under the canvas; a click selects the element. A refused publish is shown on top. */
export const ProblemsPanel = ({ problems, rejection, onReveal }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const list = rejection?.problems.length ? rejection.problems : (problems ?? []);
  const errors = list.filter((p) => p.severity === 'error').length;
  const warnings = list.length - errors;
  return (
    <Box
      sx={{ height: 180, overflow: 'auto', borderTop: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      data-testid="problems-panel"
    >
      <Box
        sx={{
          px: 2,
          py: 1,
          display: 'flex',
          gap: 2,
          alignItems: 'baseline',
          position: 'sticky',
          top: 0,
          bgcolor: 'background.paper',
          zIndex: 1,
        }}
      >
        <Typography variant="subtitle2">{translate('ow.designer.problems.title')}</Typography>
        <Typography variant="body2" color="text.secondary" data-testid="problems-count">
          {problems === null && !rejection
            ? translate('ow.designer.problems.checking')
            : translate('ow.designer.problems.count', { errors, warnings })}
        </Typography>
      </Box>
      {rejection && (
        <Alert severity="error" sx={{ mx: 2, mb: 1 }} data-testid="publish-rejection">
          {translate('ow.designer.problems.publishRejected')} {rejection.message}
        </Alert>
      )}
      {problems !== null && !rejection && errors === 0 && (
        <Box sx={{ px: 2, display: 'flex', alignItems: 'center', gap: 1, color: 'success.main' }}>
          <CheckCircleIcon fontSize="small" />
          <Typography variant="body2">{translate('ow.designer.problems.none')}</Typography>
        </Box>
      )}
      <List dense disablePadding>
        {list.map((p, i) => (
          <ListItemButton
            key={`${p.elementId}-${p.code}-${i}`}
            onClick={() => onReveal(p.elementId)}
            data-testid="problem-item"
            data-element-id={p.elementId}
          >
            <ListItemIcon sx={{ minWidth: 32 }}>
              {p.severity === 'error' ? (
                <ErrorIcon color="error" fontSize="small" />
              ) : (
                <WarningIcon color="warning" fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText
              primary={locale === 'en' ? p.messageEn : p.messageZh}
              secondary={
                p.elementId ? `${translate('ow.designer.problems.element')}: ${p.elementId} · ${p.code}` : p.code
              }
            />
          </ListItemButton>
        ))}
      </List>
    </Box>
  );
};
