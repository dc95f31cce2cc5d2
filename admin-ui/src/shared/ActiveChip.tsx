import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** 启用 / 已停用 of an organisation unit (department, window, station). */
export const ActiveChip = ({ active }: { active: boolean }) => {
  const translate = useTranslate();
  return active ? (
    <Chip size="small" color="success" variant="outlined" label={translate('ow.shared.active.true')} />
  ) : (
    <Chip size="small" variant="outlined" label={translate('ow.shared.active.false')} />
  );
};
