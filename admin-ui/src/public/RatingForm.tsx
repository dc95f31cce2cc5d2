import { useState } from 'react';
import { Alert, Box, Button, CircularProgress, Rating, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { PublicDataProvider } from './dataProvider';

interface Props {
  receiptNo: string;
  phoneLast4: string;
  onRated(): void;
}

/** 好差评: 1–5 stars and an optional comment, once the matter is completed. */
export const RatingForm = ({ receiptNo, phoneLast4, onRated }: Props) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PublicDataProvider>();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!score || busy) return;
    setBusy(true);
    setError(null);
    try {
      await dataProvider.rateMatter({
        receiptNo,
        phoneLast4,
        score,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      onRated();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={2} data-testid="rating-form">
      <Typography variant="h6">{translate('ow.public.rateTitle')}</Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Rating
          name="score"
          value={score}
          onChange={(_e, v) => setScore(v)}
          size="large"
          sx={{ fontSize: 44 }}
          getLabelText={(v: number) => translate('ow.public.stars', { count: v })}
        />
        {score && <Typography color="text.secondary">{translate(`ow.public.scores.${score}`)}</Typography>}
      </Box>
      <TextField
        multiline
        minRows={3}
        label={translate('ow.public.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        slotProps={{ htmlInput: { name: 'comment', maxLength: 500 } }}
      />
      {error && <Alert severity="error">{error}</Alert>}
      <Button
        variant="contained"
        size="large"
        disabled={!score || busy}
        onClick={() => void submit()}
        sx={{ minHeight: 52, fontSize: 18 }}
        data-testid="rate"
        startIcon={busy ? <CircularProgress size={20} color="inherit" /> : undefined}
      >
        {translate('ow.public.submitRating')}
      </Button>
    </Stack>
  );
};
