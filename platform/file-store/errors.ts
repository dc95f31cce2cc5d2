/**
 * The file store's refusals. `code` is one of the API's error codes (api/errors.ts), so the error middleware answers
 * with the same status and both messages as for an AppError; platform/ does not depend on api/.
 */
export type FileStoreErrorCode = 'NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'INTERNAL';

export class FileStoreError extends Error {
  constructor(
    readonly code: FileStoreErrorCode,
    /** Chinese first: shown to UI users */
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

export const fileNotFound = () => new FileStoreError('NOT_FOUND', '文件不存在', 'File not found');

export const fileTooLarge = (maxBytes: number) =>
  new FileStoreError(
    'PAYLOAD_TOO_LARGE',
    `文件超过大小上限（${formatBytes(maxBytes)}）`,
    `The file is larger than the limit (${formatBytes(maxBytes)})`,
  );

/** Decryption failed: the stored bytes were changed, cut short or belong to another file. */
export const fileCorrupt = () =>
  new FileStoreError('INTERNAL', '文件已损坏或被篡改', 'The stored file is damaged or was tampered with');

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
