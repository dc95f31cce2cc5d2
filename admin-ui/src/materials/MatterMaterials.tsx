import { Alert, Box, List, ListItem, Skeleton, Stack, Typography } from '@mui/material';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { formatCivilDate, formatInstant } from '../shared/chinaDate';
import { MaterialsList } from '../matters/MaterialsList';
import type { MatterMaterial } from '../matters/types';
import { EmptyState } from '../layout/States';
import type { MaterialDataProvider } from './dataProvider';
import { FileChips } from './FileChips';
import { formatBytes } from './format';
import { MarkSuppliedButton } from './MarkSuppliedButton';
import { MaterialStateChip } from './MaterialStateChip';
import type { MaterialWithFiles, MatterMaterials as Materials } from './types';
import { UploadButton } from './UploadButton';
import { useMatterMaterials, useRefreshMaterials } from './useMatterMaterials';

const OwedLine = ({ material }: { material: MaterialWithFiles }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (material.supplied)
    return material.supplied.how === 'MARK'
      ? translate('ow.materials.suppliedBy', {
          name: material.supplied.byName ?? '',
          at: formatInstant(material.supplied.at, locale),
        }) + (material.supplied.note ? `（${material.supplied.note}）` : '')
      : translate('ow.materials.suppliedByFile');
  return material.dueDate ? translate('ow.materials.dueBy', { date: formatCivilDate(material.dueDate, locale) }) : '';
};

const MaterialRow = ({ data, material }: { data: Materials; material: MaterialWithFiles }) => {
  const dataProvider = useDataProvider<MaterialDataProvider>();
  const refresh = useRefreshMaterials();
  const owedOpen = material.owedState === 'OWED' || material.owedState === 'OVERDUE';
  return (
    <ListItem divider sx={{ display: 'block', px: 0 }} data-testid={`material-row-${material.code}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography variant="body2" sx={{ flex: 1, minWidth: 160, fontWeight: 500 }}>
          {material.name}
        </Typography>
        <MaterialStateChip material={material} />
        {data.canUpload && (
          <UploadButton
            maxBytes={Math.min(data.limits.fileBytes, data.limits.matterBytes - data.limits.usedBytes)}
            upload={async (file) => {
              await dataProvider.attachMaterialFile(data.matterId, material.code, file);
              await refresh();
            }}
            testId={`upload-${material.code}`}
          />
        )}
        {data.canMarkSupplied && owedOpen && <MarkSuppliedButton matterId={data.matterId} material={material} />}
      </Stack>
      {material.owed && (
        <Typography variant="caption" color={material.owedState === 'OVERDUE' ? 'error' : 'text.secondary'}>
          <OwedLine material={material} />
        </Typography>
      )}
      <FileChips files={material.files} />
    </ListItem>
  );
};

/**
 * The matter's materials with their files (preview, download), 容缺 state and, for the window, uploads and marks.
 * `fallback` (the matter's own list) is shown should the files not load.
 */
export const MatterMaterials = ({ matterId, fallback }: { matterId: string; fallback?: MatterMaterial[] }) => {
  const translate = useTranslate();
  const materials = useMatterMaterials(matterId);
  if (materials.isPending) return <Skeleton variant="rectangular" height={120} />;
  if (materials.error)
    return (
      <Box>
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('ow.materials.loadFailed')}：{materials.error.message}
        </Alert>
        {fallback && <MaterialsList materials={fallback} />}
      </Box>
    );
  const data = materials.data;
  if (!data.materials.length) return <EmptyState message="ow.materials.none" />;
  return (
    <Box data-testid="materials">
      <List dense disablePadding>
        {data.materials.map((m) => (
          <MaterialRow key={m.code} data={data} material={m} />
        ))}
      </List>
      {data.canUpload && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
          {translate('ow.materials.accepted', { limit: formatBytes(data.limits.fileBytes) })} ·{' '}
          {translate('ow.materials.used', {
            used: formatBytes(data.limits.usedBytes),
            limit: formatBytes(data.limits.matterBytes),
          })}
        </Typography>
      )}
    </Box>
  );
};
