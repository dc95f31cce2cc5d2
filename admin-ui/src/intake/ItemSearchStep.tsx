import { useEffect, useState } from 'react';
import {
  Box,
  Card,
  CardActionArea,
  CardContent,
  InputAdornment,
  LinearProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useDataProvider, useTranslate } from 'react-admin';
import { useCodeLabel } from '../shared/useCodeLabel';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState } from '../layout/States';
import { CodeChip } from '../shared/CodeChip';
import type { IntakeDataProvider } from './dataProvider';
import type { ItemSummary } from './types';
import { COMPLAINT_PROCEDURE_KEY } from '../../../domain/complaints';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

const ItemCard = ({ item, selected, onSelect }: { item: ItemSummary; selected: boolean; onSelect(): void }) => {
  const translate = useTranslate();
  const codeLabel = useCodeLabel();
  return (
    <Card variant="outlined" sx={{ borderColor: selected ? 'primary.main' : undefined, borderWidth: selected ? 2 : 1 }}>
      <CardActionArea onClick={onSelect} data-testid={`item-${item.code}`} sx={{ height: '100%' }}>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
              {item.name}
            </Typography>
            {selected && <CheckCircleIcon color="primary" />}
          </Stack>
          <Typography variant="caption" color="text.secondary">
            {item.code}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
            <CodeChip group="kinds" code={item.kind} />
            <Typography variant="body2">
              {item.promisedDays > 0
                ? translate('ow.intake.item.promisedDays', { days: item.promisedDays })
                : translate('ow.intake.item.onTheSpot')}
            </Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('ow.intake.item.lead', { department: codeLabel('departments', item.leadDepartmentCode) })}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/** Step 1: find the item the applicant asks for. */
export const ItemSearchStep = ({
  selected,
  onSelect,
}: {
  selected: ItemSummary | null;
  onSelect(item: ItemSummary): void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<IntakeDataProvider>();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const items = useQuery({ queryKey: ['intake', 'items', query], queryFn: () => dataProvider.searchItems(query) });
  // complaints are taken on the complaint form (投诉登记), not as an intake
  const active = items.data?.filter((i) => i.active !== false && i.procedureKey !== COMPLAINT_PROCEDURE_KEY) ?? [];
  return (
    <Box>
      <TextField
        fullWidth
        autoFocus
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={translate('ow.intake.item.searchPlaceholder')}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon />
              </InputAdornment>
            ),
          },
          htmlInput: { 'data-testid': 'item-search' },
        }}
      />
      <Box sx={{ minHeight: 4, my: 1 }}>{items.isFetching && <LinearProgress />}</Box>
      {items.error ? (
        <ErrorState
          message="ow.intake.item.loadFailed"
          detail={items.error.message}
          onRetry={() => void items.refetch()}
        />
      ) : items.data && active.length === 0 ? (
        <EmptyState message="ow.intake.item.none" />
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: '1fr 1fr 1fr' } }}>
          {active.map((item) => (
            <ItemCard
              key={item.code}
              item={item}
              selected={selected?.code === item.code}
              onSelect={() => onSelect(item)}
            />
          ))}
        </Box>
      )}
    </Box>
  );
};
