import { useEffect, useState } from 'react';
import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Health {
  database: { status: string };
  temporal: { status: string };
  worker: { status: string };
}

const PARTS = ['database', 'temporal', 'worker'] as const;

/** System status chips for the administrator (GET /health, public). */
export const SystemHealth = () => {
  const translate = useTranslate();
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    let live = true;
    fetch('/api/health')
      .then((r) => r.json())
      .then((h: Health) => live && setHealth(h))
      .catch(() => live && setHealth(null));
    return () => {
      live = false;
    };
  }, []);
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle2" component="h2">
          {translate('ow.dashboard.health')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
          {PARTS.map((part) => {
            const up = health?.[part]?.status === 'up';
            return (
              <Chip
                key={part}
                size="small"
                color={up ? 'success' : 'error'}
                label={`${translate(`ow.dashboard.${part}`)}: ${translate(up ? 'ow.dashboard.up' : 'ow.dashboard.down')}`}
              />
            );
          })}
        </Stack>
      </CardContent>
    </Card>
  );
};
