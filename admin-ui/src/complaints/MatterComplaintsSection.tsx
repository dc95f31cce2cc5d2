import { Alert, Chip, Stack, Typography } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { SectionCard } from '../matters/SectionCard';
import { ComplaintStatus } from './ComplaintStatus';
import type { ComplaintDataProvider } from './dataProvider';
import type { Complaint } from './types';

const ComplaintLine = ({ c }: { c: Complaint }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
    <Link to={`/matters/${c.matterId}`}>{c.receiptNo}</Link>
    <ComplaintStatus c={c} />
    <Typography variant="body2" color="text.secondary">
      {c.content}
    </Typography>
  </Stack>
);

/**
 * 投诉 on a matter's page, both ways: a complaint shows what it is about and the department concerned; a matter
 * complained about shows "被投诉" with a link to each complaint. Nothing when neither.
 */
export const MatterComplaintsSection = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ComplaintDataProvider>();
  const links = useQuery({
    queryKey: ['complaints', 'matter', matterId],
    queryFn: () => dataProvider.getMatterComplaints(matterId),
  });
  if (links.error) return <Alert severity="error">{links.error.message}</Alert>;
  const { complaint, against = [] } = links.data ?? {};
  if (!complaint && against.length === 0) return null;
  return (
    <SectionCard title="ow.complaints.section" testId="matter-complaints">
      {complaint && (
        <Stack spacing={1} data-testid="complaint-about">
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {translate(`ow.complaints.channels.${complaint.channel}`)} ·{' '}
            {complaint.departmentName ?? translate('ow.complaints.unassigned')}
          </Typography>
          <Typography variant="body2">{complaint.content}</Typography>
          {complaint.subjectMatterId && (
            <Typography variant="body2">
              {translate('ow.complaints.aboutMatter')}{' '}
              <Link to={`/matters/${complaint.subjectMatterId}`}>{complaint.subjectReceiptNo}</Link>
            </Typography>
          )}
          {complaint.subjectUserName && (
            <Typography variant="body2">
              {translate('ow.complaints.aboutPerson', { name: complaint.subjectUserName })}
            </Typography>
          )}
          <ComplaintStatus c={complaint} />
        </Stack>
      )}
      {against.length > 0 && (
        <Stack spacing={1} data-testid="complained-about">
          <Chip
            color="error"
            size="small"
            label={translate('ow.complaints.complainedAbout')}
            sx={{ alignSelf: 'start' }}
          />
          {against.map((c) => (
            <ComplaintLine key={c.matterId} c={c} />
          ))}
        </Stack>
      )}
    </SectionCard>
  );
};
