import { useRef, useState } from 'react';
import { Button, CircularProgress } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useNotify, useTranslate } from 'react-admin';
import { formatBytes } from './format';
import { ACCEPTED_FILES } from './types';

/**
 * Picks one file and hands it to `upload`; a file over the per-file limit is refused here already (the server checks
 * again, and checks the content). Notifies success or the server's message.
 */
export const UploadButton = ({
  maxBytes,
  upload,
  testId,
}: {
  maxBytes?: number;
  upload(file: File): Promise<unknown>;
  testId?: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const send = async (file: File) => {
    if (maxBytes !== undefined && file.size > maxBytes) {
      notify('ow.materials.tooLarge', {
        type: 'error',
        messageArgs: { name: file.name, limit: formatBytes(maxBytes) },
      });
      return;
    }
    setBusy(true);
    try {
      await upload(file);
      notify('ow.materials.uploaded', { type: 'success', messageArgs: { name: file.name } });
    } catch (e) {
      notify('ow.materials.uploadFailed', { type: 'error', messageArgs: { message: (e as Error).message } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        data-testid={testId && `${testId}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void send(file);
        }}
      />
      <Button
        size="small"
        disabled={busy}
        startIcon={busy ? <CircularProgress size={16} /> : <UploadFileIcon />}
        onClick={() => input.current?.click()}
        data-testid={testId}
      >
        {translate(busy ? 'ow.materials.uploading' : 'ow.materials.upload')}
      </Button>
    </>
  );
};
