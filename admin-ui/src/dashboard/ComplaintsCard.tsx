import {
  Card,
  CardContent,
  CardHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { ComplaintFigures, DashboardSummary } from './types';

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

const Figures = ({ f }: { f: ComplaintFigures }) => (
  <>
    <TableCell align="right">{f.received}</TableCell>
    <TableCell align="right">{f.replied}</TableCell>
    <TableCell align="right">{f.repliedOnTime}</TableCell>
    <TableCell align="right">{percent(f.onTimeRate)}</TableCell>
    <TableCell align="right">{f.upheld}</TableCell>
  </>
);

/** 投诉 by department concerned, with the on-time reply rate, for the chosen period. */
export const ComplaintsCard = ({ complaints }: { complaints: DashboardSummary['complaints'] }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`ow.dashboard.complaints.${key}`);
  return (
    <Card variant="outlined" data-testid="dashboard-complaints">
      <CardHeader
        title={t('title')}
        subheader={translate('ow.dashboard.complaints.subheader', { count: complaints.unassigned })}
        action={<Link to="/complaints">{t('open')}</Link>}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2' }, subheader: { variant: 'caption' } }}
      />
      <CardContent sx={{ pt: 0, overflowX: 'auto' }}>
        {complaints.byDepartment.length === 0 ? (
          <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
            {t('empty')}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('department')}</TableCell>
                {['received', 'replied', 'repliedOnTime', 'onTimeRate', 'upheld'].map((k) => (
                  <TableCell key={k} align="right">
                    {t(k)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {complaints.byDepartment.map((d) => (
                <TableRow key={d.code} data-testid={`complaints-${d.code}`}>
                  <TableCell>{d.name}</TableCell>
                  <Figures f={d} />
                </TableRow>
              ))}
              <TableRow data-testid="complaints-total">
                <TableCell sx={{ fontWeight: 600 }}>{t('total')}</TableCell>
                <Figures f={complaints} />
              </TableRow>
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
