import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Config } from '../config';
import { ARCHIVE_PATTERN } from './retention';

type S3Settings = Pick<
  Config,
  | 'BACKUP_S3_BUCKET'
  | 'BACKUP_S3_PREFIX'
  | 'BACKUP_S3_ENDPOINT'
  | 'BACKUP_S3_REGION'
  | 'BACKUP_S3_ACCESS_KEY_ID'
  | 'BACKUP_S3_SECRET_ACCESS_KEY'
>;

function clientOf(config: S3Settings): S3Client {
  return new S3Client({
    region: config.BACKUP_S3_REGION,
    endpoint: config.BACKUP_S3_ENDPOINT,
    // S3-compatible stores (MinIO, Ceph) on one host name take the bucket in the path
    forcePathStyle: Boolean(config.BACKUP_S3_ENDPOINT),
    credentials:
      config.BACKUP_S3_ACCESS_KEY_ID && config.BACKUP_S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.BACKUP_S3_ACCESS_KEY_ID, secretAccessKey: config.BACKUP_S3_SECRET_ACCESS_KEY }
        : undefined,
  });
}

/**
 * Copies an archive to the S3-compatible bucket and keeps the newest `keep` there, like the folder. Returns the
 * object's URI; nothing when no bucket is configured.
 */
export async function copyToS3(config: S3Settings, archivePath: string, keep: number): Promise<string | undefined> {
  const bucket = config.BACKUP_S3_BUCKET;
  if (!bucket) return undefined;
  const client = clientOf(config);
  try {
    const key = `${config.BACKUP_S3_PREFIX}${path.basename(archivePath)}`;
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: createReadStream(archivePath),
        ContentLength: statSync(archivePath).size,
        ContentType: 'application/octet-stream',
      }),
    );
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: config.BACKUP_S3_PREFIX }));
    const archives = (listed.Contents ?? [])
      .map((o) => o.Key ?? '')
      .filter((k) => ARCHIVE_PATTERN.test(path.posix.basename(k)))
      .sort();
    const old = archives.slice(0, Math.max(0, archives.length - keep));
    if (old.length)
      await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: old.map((Key) => ({ Key })) } }));
    return `s3://${bucket}/${key}`;
  } finally {
    client.destroy();
  }
}
