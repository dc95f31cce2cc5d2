import { Chip } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatInstant } from '../shared/chinaDate';
import type { PublicBoardPerson } from './types';

const COLOURS = { AT_POST: 'success', ON_LEAVE: 'warning' } as const;

/** 在岗 / 外出勘察（预计 15:00 返回）/ 请假（孙民政顶岗） */
export function usePresenceText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (p: PublicBoardPerson) => {
    const status = translate(`ow.staffBoard.status.${p.status}`);
    if (p.status === 'AT_POST') return status;
    const until = p.until ? translate('ow.staffBoard.until', { at: formatInstant(p.until, locale) }) : '';
    const cover = p.coveredByName ? translate('ow.staffBoard.coveredBy', { name: p.coveredByName }) : '';
    return [status, until, cover].filter(Boolean).join('，');
  };
}

export const PresenceChip = ({ person }: { person: PublicBoardPerson }) => {
  const text = usePresenceText();
  return (
    <Chip
      size="small"
      color={COLOURS[person.status as keyof typeof COLOURS] ?? 'info'}
      variant={person.status === 'AT_POST' ? 'outlined' : 'filled'}
      label={text(person)}
      data-testid="presence"
    />
  );
};
