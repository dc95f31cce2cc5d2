import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Complaint } from './types';

/** Where a complaint stands: waiting for 受理分办, being replied, replied (on time or late, 属实 or not). */
export const ComplaintStatus = ({ c }: { c: Complaint }) => {
  const translate = useTranslate();
  if (c.awaitingAssignment)
    return <Chip size="small" color="warning" label={translate('ow.complaints.states.AWAITING')} />;
  if (c.status !== 'COMPLETED')
    return <Chip size="small" color="info" label={translate('ow.complaints.states.OPEN')} />;
  return (
    <>
      <Chip
        size="small"
        color={c.onTime ? 'success' : 'error'}
        label={translate(c.onTime ? 'ow.complaints.onTime' : 'ow.complaints.late')}
      />{' '}
      {c.upheld !== null && (
        <Chip
          size="small"
          variant="outlined"
          label={translate(c.upheld ? 'ow.complaints.upheld' : 'ow.complaints.notUpheld')}
        />
      )}
    </>
  );
};
