import path from 'node:path';
import type { Config } from '../config';
import { fileStoreMasterKey } from './encryption';
import { createLocalFileStore } from './local-store';
import { createS3FileStore } from './s3-store';
import type { FileStore } from './types';

export type { FileStore, PutOptions, StoredFile } from './types';
export { isFileKey } from './types';
export { FileStoreError, fileNotFound, fileTooLarge, formatBytes } from './errors';

export type FileStoreConfig = Pick<
  Config,
  | 'DATA_DIR'
  | 'FILE_STORE'
  | 'S3_ENDPOINT'
  | 'S3_BUCKET'
  | 'S3_REGION'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
  | 'S3_PREFIX'
>;

/**
 * The configured store: the local file system under DATA_DIR/files (default) or an S3-compatible bucket
 * (FILE_STORE=s3). Either way the files are encrypted with keys derived from the PII key.
 */
export function createFileStore(config: FileStoreConfig, piiKeyHex: string): FileStore {
  const master = fileStoreMasterKey(piiKeyHex);
  const root = path.resolve(config.DATA_DIR, 'files');
  if (config.FILE_STORE === 'local') return createLocalFileStore(root, master);
  return createS3FileStore(
    {
      endpoint: config.S3_ENDPOINT,
      bucket: config.S3_BUCKET!,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      prefix: config.S3_PREFIX,
    },
    master,
    path.join(root, 'tmp'),
  );
}
