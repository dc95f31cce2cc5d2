import {
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { EmptyState } from '../layout/States';
import type { Material } from './types';

/** 申请材料 with 必要 / 非必要 and 容缺 markers. */
export const MaterialsTable = ({ materials }: { materials: Material[] }) => {
  const translate = useTranslate();
  if (!materials.length) return <EmptyState message="resources.items.noMaterials" />;
  return (
    <TableContainer>
      <Table size="small" data-testid="materials-table">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 48 }}>#</TableCell>
            <TableCell>{translate('resources.items.fields.materialName')}</TableCell>
            <TableCell>{translate('resources.items.fields.required')}</TableCell>
            <TableCell sx={{ width: 80 }}>{translate('resources.items.fields.copies')}</TableCell>
            <TableCell>{translate('resources.items.fields.note')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {materials.map((m, i) => (
            <TableRow key={m.code} data-testid={`material-${m.code}`}>
              <TableCell>{i + 1}</TableCell>
              <TableCell>
                <Typography variant="body2">{m.name}</Typography>
                <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                  {m.code}
                </Typography>
              </TableCell>
              <TableCell>
                <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
                  {m.required ? (
                    <Chip
                      size="small"
                      color="error"
                      variant="outlined"
                      label={translate('resources.items.markers.required')}
                    />
                  ) : (
                    <Chip size="small" variant="outlined" label={translate('resources.items.markers.optional')} />
                  )}
                  {m.deficiencyAllowed && (
                    <Chip size="small" color="info" label={translate('resources.items.markers.deficiencyAllowed')} />
                  )}
                </Stack>
              </TableCell>
              <TableCell>{m.copies ?? 1}</TableCell>
              <TableCell>
                {m.note ?? ''}
                {m.sample && (
                  <Typography variant="caption" color="text.secondary" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
                    {translate('resources.items.fields.sample')}：{m.sample}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
