import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { SuperviseDialog } from './SuperviseDialog';
import type { StalledMatter } from './types';

/** Opens the 督办 dialog for the row's matter. */
export const SuperviseButton = () => {
  const record = useRecordContext<StalledMatter>();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  return (
    <>
      <Button
        label="resources.stalled.actions.supervise"
        color="warning"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        data-testid={`supervise-${record.receiptNo}`}
      >
        <CampaignIcon />
      </Button>
      {open && <SuperviseDialog matter={record} open={open} onClose={() => setOpen(false)} />}
    </>
  );
};
