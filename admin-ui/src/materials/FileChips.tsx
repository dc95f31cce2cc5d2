import { useState } from 'react';
import { Chip, Stack, Tooltip } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import ImageIcon from '@mui/icons-material/Image';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatInstant } from '../shared/chinaDate';
import { formatBytes } from './format';
import { PreviewDialog } from './PreviewDialog';
import type { MaterialFile } from './types';

/** A material's files: a click previews one; `onRemove` (staged files only) offers taking it back. */
export const FileChips = ({ files, onRemove }: { files: MaterialFile[]; onRemove?(file: MaterialFile): void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState<MaterialFile | null>(null);
  if (!files.length) return null;
  return (
    <>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
        {files.map((f) => (
          <Tooltip
            key={f.id}
            title={`${translate(`ow.materials.stages.${f.stage}`)} · ${translate('ow.materials.uploadedBy', {
              name: f.uploadedByName ?? '',
              at: formatInstant(f.uploadedAt, locale),
            })}`}
          >
            <Chip
              size="small"
              variant="outlined"
              icon={f.mime === 'application/pdf' ? <PictureAsPdfIcon /> : <ImageIcon />}
              label={`${f.name} (${formatBytes(f.size)})`}
              onClick={() => setOpen(f)}
              onDelete={onRemove ? () => onRemove(f) : undefined}
              data-testid={`file-${f.materialCode}`}
              sx={{ maxWidth: 320 }}
            />
          </Tooltip>
        ))}
      </Stack>
      <PreviewDialog file={open} onClose={() => setOpen(null)} />
    </>
  );
};
