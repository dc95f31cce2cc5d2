import { Chip } from '@mui/material';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/Warning';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useTranslate } from 'react-admin';
import type { Problem } from './problems';

interface Props {
  /** the live check's answer; null while it runs */
  problems: Problem[] | null;
  onReveal(elementId: string): void;
}

/** The one summary of the live check on the canvas, the same list the problems panel shows; a click shows the first. */
export const ProblemBadge = ({ problems, onReveal }: Props) => {
  const translate = useTranslate();
  const errors = problems?.filter((p) => p.severity === 'error').length ?? 0;
  const warnings = (problems?.length ?? 0) - errors;
  const first = problems?.find((p) => p.elementId);
  const state = problems === null ? 'checking' : errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
  return (
    <Chip
      data-testid="problem-badge"
      data-state={state}
      color={state === 'checking' ? 'default' : state === 'ok' ? 'success' : state}
      icon={state === 'error' ? <ErrorIcon /> : state === 'warning' ? <WarningIcon /> : <CheckCircleIcon />}
      label={
        state === 'checking'
          ? translate('ow.designer.badge.checking')
          : errors + warnings === 0
            ? translate('ow.designer.badge.ok')
            : translate('ow.designer.badge.problems', { errors, warnings })
      }
      title={first ? translate('ow.designer.badge.hint') : undefined}
      onClick={first ? () => onReveal(first.elementId) : undefined}
      sx={{ position: 'absolute', left: 12, bottom: 12, zIndex: 2, fontSize: 14, height: 32, boxShadow: 1 }}
    />
  );
};
