import { useState } from 'react';
import {
  Box,
  Card,
  CardActionArea,
  CardContent,
  Chip,
  InputAdornment,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useFixedCodeLabel } from '../shared/useCodeLabel';
import { CentreCard } from './CentreCard';
import { OpenShell } from './OpenShell';
import { OpenStates } from './OpenStates';
import type { PublicItem } from './types';
import { usePublicQuery } from './usePublicQuery';

const ItemCard = ({ item }: { item: PublicItem }) => {
  const translate = useTranslate();
  const label = useFixedCodeLabel();
  return (
    <Card variant="outlined">
      <CardActionArea component={Link} to={`/open/items/${item.code}`} data-testid={`guide-item-${item.code}`}>
        <CardContent>
          <Typography sx={{ fontWeight: 600 }}>{item.name}</Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
            <Chip size="small" label={item.departmentName} />
            <Chip size="small" variant="outlined" label={label('kinds', item.kind)} />
            <Chip
              size="small"
              variant="outlined"
              label={
                item.promisedDays === 0
                  ? translate('ow.open.guide.onTheSpot')
                  : translate('ow.open.guide.promisedShort', { days: item.promisedDays })
              }
            />
            <Chip
              size="small"
              color={item.fees.free ? 'success' : 'warning'}
              variant="outlined"
              label={translate(item.fees.free ? 'ow.open.fees.free' : 'ow.open.fees.charged')}
            />
          </Stack>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** #/open — 办事指南: every active item, searchable, each opening its full guide. */
export const GuideHome = () => {
  const translate = useTranslate();
  const [q, setQ] = useState('');
  const catalogue = usePublicQuery(['catalogue', q], (dp) => dp.getPublicCatalogue(q || undefined));
  return (
    <OpenShell title="ow.open.guide.title">
      <Stack spacing={2}>
        <Paper sx={{ p: 2 }}>
          <TextField
            fullWidth
            name="q"
            label={translate('ow.open.guide.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            slotProps={{
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchIcon />
                  </InputAdornment>
                ),
              },
            }}
          />
        </Paper>
        <OpenStates isPending={catalogue.isPending} error={catalogue.error} />
        {catalogue.data && (
          <>
            <Box
              data-testid="guide-items"
              sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}
            >
              {catalogue.data.items.map((item) => (
                <ItemCard key={item.code} item={item} />
              ))}
            </Box>
            {catalogue.data.items.length === 0 && (
              <Typography color="text.secondary">{translate('ow.open.guide.none')}</Typography>
            )}
            <CentreCard centre={catalogue.data.centre} />
          </>
        )}
      </Stack>
    </OpenShell>
  );
};
