import { Box, Link, Rating, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatInstant } from '../shared/chinaDate';
import type { MatterDetail } from './types';

/** 督办 records and the applicant's 好差评, when there are any. */
export const SupervisionList = ({ supervisions, rating }: Pick<MatterDetail, 'supervisions' | 'rating'>) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box>
      {supervisions.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('ow.matters.supervisions.none')}
        </Typography>
      )}
      {supervisions.map((s, i) => (
        <Box key={s.id ?? `${s.at}-${i}`} sx={{ mb: 1.5 }} data-testid="supervision">
          <Typography variant="body2">{s.message}</Typography>
          <Typography
            variant="caption"
            color="text.secondary"
          >{`${s.fromName ?? ''} · ${formatInstant(s.at, locale)} · ${translate(`ow.supervisions.statuses.${s.status}`)}`}</Typography>
          {s.reply && (
            <Typography variant="body2" sx={{ pl: 1.5, borderLeft: 2, borderColor: 'divider' }}>
              {translate('ow.supervisions.replyLine', { reply: s.reply })}
            </Typography>
          )}
          {s.status === 'OPEN' && (
            <Link component={RouterLink} to="/supervisions" variant="caption" data-testid="supervision-open-list">
              {translate('ow.supervisions.toList', { date: s.replyDueDate ?? '' })}
            </Link>
          )}
        </Box>
      ))}
      {rating && (
        <Box sx={{ mt: 2 }} data-testid="matter-rating">
          <Typography variant="caption" color="text.secondary">
            {translate('ow.matters.rating')}
          </Typography>
          <Box>
            <Rating value={rating.score} readOnly size="small" />
          </Box>
          {rating.comment && <Typography variant="body2">{rating.comment}</Typography>}
        </Box>
      )}
    </Box>
  );
};
