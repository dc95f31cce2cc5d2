import { Chip, List, ListItem, ListItemText } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { EmptyState } from '../layout/States';
import { formatCivilDate } from '../shared/chinaDate';
import type { MatterMaterial } from './types';

/** The matter's materials: received, owed under 容缺 (with the agreed date) or not provided. */
export const MaterialsList = ({ materials }: { materials: MatterMaterial[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!materials.length) return <EmptyState message="ow.matters.noMaterials" />;
  return (
    <List dense disablePadding data-testid="materials">
      {materials.map((m) => (
        <ListItem
          key={m.code}
          divider
          secondaryAction={
            m.provided ? (
              <Chip
                size="small"
                color="success"
                variant="outlined"
                label={translate('ow.matters.materials.provided')}
              />
            ) : m.owed ? (
              <Chip size="small" color="warning" label={translate('ow.matters.materials.owed')} />
            ) : (
              <Chip size="small" variant="outlined" label={translate('ow.matters.materials.notProvided')} />
            )
          }
        >
          <ListItemText
            primary={m.name}
            secondary={
              m.owed && m.dueDate
                ? translate('ow.matters.materials.dueBy', { date: formatCivilDate(m.dueDate, locale) })
                : undefined
            }
            sx={{ pr: 10 }}
          />
        </ListItem>
      ))}
    </List>
  );
};
