import { useEffect, useState } from 'react';
import { Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Health {
  database: { status: string };
  temporal: { status: string };
  worker: { status: string };
}

export const Dashboard = () => {
  const translate = useTranslate();
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    fetch('/api/health').then((r) => r.json()).then(setHealth).catch(() => setHealth(null));
  }, []);
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader title={translate('ow.dashboard.title')} />
      <CardContent>
        <Typography sx={{ mb: 2 }}>{translate('ow.dashboard.welcome')}</Typography>
        <Typography variant="subtitle2">{translate('ow.dashboard.health')}</Typography>
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          {(['database', 'temporal', 'worker'] as const).map((part) => (
            <Chip
              key={part}
              color={health?.[part]?.status === 'up' ? 'success' : 'error'}
              label={`${translate(`ow.dashboard.${part}`)}: ${translate(health?.[part]?.status === 'up' ? 'ow.dashboard.up' : 'ow.dashboard.down')}`}
            />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};
