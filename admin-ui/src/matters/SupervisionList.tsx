import { Box, Rating, Typography } from '@mui/material';
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
        <Box key={`${s.at}-${i}`} sx={{ mb: 1.5 }} data-testid="supervision">
          <Typography variant="body2">{s.message}</Typography>
          <Typography
            variant="caption"
            color="text.secondary"
          >{`${s.fromName ?? ''} · ${formatInstant(s.at, locale)}`}</Typography>
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
