import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCivilDate } from '../shared/chinaDate';

/** A due date with （预计） when the year's holiday schedule is not published yet. */
export const DueDateText = ({
  dueDate,
  provisional,
  variant = 'body2',
}: {
  dueDate: string | null | undefined;
  provisional?: boolean;
  variant?: 'body2' | 'body1' | 'h6';
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!dueDate)
    return (
      <Typography variant={variant} color="text.secondary">
        —
      </Typography>
    );
  return (
    <Typography variant={variant} component="span" data-testid="due-date">
      {formatCivilDate(dueDate, locale)}
      {provisional && (
        <Typography component="span" variant="inherit" color="warning.dark">
          {translate('resources.matters.provisional')}
        </Typography>
      )}
    </Typography>
  );
};
