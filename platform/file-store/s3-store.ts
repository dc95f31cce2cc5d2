import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { createDecryptStream } from './encryption';
import { fileNotFound } from './errors';
import { removeStaleTempFiles, spoolEncrypted } from './spool';
import { isFileKey, type FileStore } from './types';

export interface S3Settings {
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** object names start with this (e.g. `onewindow/`), so one bucket can serve several uses */
  prefix: string;
}

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404);

/**
 * Any S3-compatible object store. A put encrypts into a local temporary file first (its length and hash are known
 * only at the end) and then sends it in one PutObject, which the store makes visible whole or not at all.
 */
export function createS3FileStore(settings: S3Settings, master: Buffer, spoolDir: string): FileStore {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
    // the newer default checksums (CRC32 trailers) are not understood by every S3-compatible store
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const objectKey = (key: string) => `${settings.prefix}${key.slice(0, 2)}/${key}`;
  void removeStaleTempFiles(spoolDir);

  const has = async (key: string) => {
    if (!isFileKey(key)) return false;
    try {
      await client.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: objectKey(key) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  };

  return {
    has,
    async put(content, opts) {
      const { tempPath, ...stored } = await spoolEncrypted(content, master, spoolDir, opts);
      try {
        if (await has(stored.key)) return stored;
        await client.send(
          new PutObjectCommand({
            Bucket: settings.bucket,
            Key: objectKey(stored.key),
            Body: createReadStream(tempPath),
            ContentLength: (await stat(tempPath)).size,
            ContentType: 'application/octet-stream',
          }),
        );
        return stored;
      } finally {
        await rm(tempPath, { force: true });
      }
    },
    async get(key) {
      if (!isFileKey(key)) throw fileNotFound();
      let body: Readable;
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: objectKey(key) }));
        body = answer.Body as Readable;
      } catch (error) {
        throw isMissing(error) ? fileNotFound() : error;
      }
      return pipeline(body, createDecryptStream(master, Buffer.from(key, 'hex')), () => {});
    },
  };
}
