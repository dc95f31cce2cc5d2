import { Chip } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmberRounded';
import ErrorIcon from '@mui/icons-material/ErrorOutlineRounded';
import { useTranslate } from 'react-admin';

/** 预警 chip: yellow 即将到期, red 已超期; nothing (or a quiet chip when `showNone`) for NONE. */
export const WarningChip = ({ level, showNone = false }: { level: string | null | undefined; showNone?: boolean }) => {
  const translate = useTranslate();
  if (level === 'RED') {
    return (
      <Chip
        size="small"
        color="error"
        icon={<ErrorIcon />}
        label={translate('ow.shared.warning.RED')}
        data-testid="warning-chip-RED"
      />
    );
  }
  if (level === 'YELLOW') {
    return (
      <Chip
        size="small"
        color="warning"
        icon={<WarningAmberIcon />}
        label={translate('ow.shared.warning.YELLOW')}
        data-testid="warning-chip-YELLOW"
      />
    );
  }
  return showNone ? <Chip size="small" variant="outlined" label={translate('ow.shared.warning.NONE')} /> : null;
};
