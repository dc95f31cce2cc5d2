import { useState } from 'react';
import { Box, Button, ListItemText, Menu, MenuItem } from '@mui/material';
import HistoryIcon from '@mui/icons-material/History';
import { useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { VersionSummary } from '../procedures/types';
import { RestoreVersionButton } from './RestoreVersionButton';

interface Props {
  procedureId: string;
  versions: VersionSummary[];
  /** given (a designer), each version can be restored as the draft */
  onRestored?(): void;
}

/** The published versions of a procedure with their change notes; choosing one opens it read-only. */
export const VersionsMenu = ({ procedureId, versions, onRestored }: Props) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        size="small"
        startIcon={<HistoryIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="versions-button"
      >
        {translate('ow.designer.toolbar.versions')} ({versions.length})
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {versions.length === 0 && <MenuItem disabled>{translate('ow.designer.versions.none')}</MenuItem>}
        {versions.map((v) => (
          <MenuItem
            key={v.id}
            data-testid={`version-${v.version}`}
            onClick={() => navigate(`/procedures/${procedureId}/versions/${v.version}`)}
            sx={{ gap: 2, maxWidth: 520 }}
          >
            <ListItemText
              primary={translate('ow.designer.versions.item', {
                version: v.version,
                date: new Date(v.publishedAt).toLocaleString(locale),
              })}
              secondary={v.changeNote ?? translate('ow.designer.versions.noNote')}
              slotProps={{ secondary: { sx: { whiteSpace: 'normal' } } }}
            />
            {onRestored && (
              <Box onClick={(e) => e.stopPropagation()}>
                <RestoreVersionButton
                  procedureId={procedureId}
                  version={v.version}
                  onRestored={() => {
                    setAnchor(null);
                    onRestored();
                  }}
                />
              </Box>
            )}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
