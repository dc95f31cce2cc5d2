import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MaterialWithFiles } from './types';

const OWED_COLOR = { OWED: 'warning', OVERDUE: 'error', SUPPLIED: 'success' } as const;

/** Received, not provided, or where an owed (容缺) material stands. */
export const MaterialStateChip = ({ material }: { material: MaterialWithFiles }) => {
  const translate = useTranslate();
  if (material.owedState !== 'NONE')
    return (
      <Chip
        size="small"
        color={OWED_COLOR[material.owedState]}
        variant={material.owedState === 'SUPPLIED' ? 'outlined' : 'filled'}
        label={translate(`ow.materials.states.${material.owedState}`)}
        data-testid={`owed-${material.code}`}
      />
    );
  return material.provided ? (
    <Chip size="small" color="success" variant="outlined" label={translate('ow.materials.states.provided')} />
  ) : (
    <Chip size="small" variant="outlined" label={translate('ow.materials.states.notProvided')} />
  );
};
