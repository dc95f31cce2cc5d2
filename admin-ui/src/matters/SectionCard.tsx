import type { ReactNode } from 'react';
import { Card, CardContent, CardHeader } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A titled card of the matter and task pages. */
export const SectionCard = ({
  title,
  action,
  children,
  testId,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
  testId?: string;
}) => (
  <Card variant="outlined" data-testid={testId}>
    <CardHeader
      title={useTranslate()(title)}
      action={action}
      slotProps={{ title: { variant: 'subtitle1', sx: { fontWeight: 600 } } }}
      sx={{ pb: 0 }}
    />
    <CardContent>{children}</CardContent>
  </Card>
);
