import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useTranslate } from 'react-admin';
import { fileUrl } from './dataProvider';
import type { MaterialFile } from './types';

/** The file shown in the browser: a PDF in the browser's viewer, an image as is. Opening it is audited as a view. */
export const PreviewDialog = ({ file, onClose }: { file: MaterialFile | null; onClose(): void }) => {
  const translate = useTranslate();
  if (!file) return null;
  const url = fileUrl(file.id);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" data-testid="file-preview">
      <DialogTitle sx={{ wordBreak: 'break-all' }}>{file.name}</DialogTitle>
      <DialogContent dividers sx={{ p: 0, bgcolor: 'grey.100' }}>
        {file.mime === 'application/pdf' ? (
          <Box
            component="iframe"
            src={url}
            title={file.name}
            sx={{ border: 0, width: '100%', height: '75vh', display: 'block' }}
            data-testid="file-preview-pdf"
          />
        ) : (
          <Box sx={{ textAlign: 'center', p: 2 }}>
            <Box
              component="img"
              src={url}
              alt={file.name}
              sx={{ maxWidth: '100%', maxHeight: '75vh' }}
              data-testid="file-preview-image"
            />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button startIcon={<OpenInNewIcon />} href={url} target="_blank" rel="noopener noreferrer">
          {translate('ow.materials.openNewTab')}
        </Button>
        <Button startIcon={<DownloadIcon />} href={fileUrl(file.id, true)} download={file.name}>
          {translate('ow.materials.download')}
        </Button>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
