import { useState } from 'react';
import { Button, Menu, MenuItem } from '@mui/material';
import HistoryIcon from '@mui/icons-material/History';
import { useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { VersionSummary } from '../procedures/types';

/** The published versions of a procedure; choosing one opens it read-only. */
export const VersionsMenu = ({ procedureId, versions }: { procedureId: string; versions: VersionSummary[] }) => {
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
          >
            {translate('ow.designer.versions.item', {
              version: v.version,
              date: new Date(v.publishedAt).toLocaleString(locale),
            })}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
