import { Button, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import EditNoteIcon from '@mui/icons-material/EditNote';
import type { ProcedureSummary } from './types';

/** Opens the BPMN designer for the procedure in context. */
export const DesignButton = ({ variant = 'text' }: { variant?: 'text' | 'contained' | 'outlined' }) => {
  const record = useRecordContext<ProcedureSummary>();
  if (!record) return null;
  return (
    <Button
      component={Link}
      to={`/procedures/${record.id}/design`}
      label="resources.procedures.actions.design"
      variant={variant}
      onClick={(e) => e.stopPropagation()}
      data-testid={`design-${record.key}`}
    >
      <EditNoteIcon />
    </Button>
  );
};
