import { createHash } from 'node:crypto';
import { z } from 'zod';

/** The parts of an archive, in the order they are taken: the workflows first (the source of truth), then the rows. */
export const PART_NAMES = ['temporal', 'postgres', 'files'] as const;
export type PartName = (typeof PART_NAMES)[number];

export const ZArchivedFile = z.object({
  /** inside its part, with forward slashes */
  path: z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !p.includes('\\'), 'a relative path'),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ArchivedFile = z.infer<typeof ZArchivedFile>;

export const ZPart = z.object({
  name: z.enum(PART_NAMES),
  /** when this part's snapshot was taken (ISO) */
  takenAt: z.string(),
  files: z.array(ZArchivedFile),
  size: z.number().int().nonnegative(),
  /** SHA-256 over the part's file list (path, size and SHA-256 of each) */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Part = z.infer<typeof ZPart>;

export const ZManifest = z.object({
  product: z.literal('onewindow'),
  productVersion: z.string(),
  archiveId: z.string(),
  createdAt: z.string(),
  host: z.string(),
  /** the Prisma migrations applied to the database when it was dumped, oldest first */
  migrations: z.array(z.object({ name: z.string(), checksum: z.string() })),
  postgres: z.object({ serverVersion: z.string(), database: z.string() }),
  /** absent when Temporal was a cluster of its own (its backup is Temporal's: docs/operations.md) */
  temporal: z.object({ serverVersion: z.string(), namespace: z.string() }).optional(),
  /** a fingerprint of the PII key the data is encrypted with (never the key) and where the deployment kept it */
  piiKey: z.object({ fingerprint: z.string(), keptIn: z.enum(['data-folder', 'environment']) }),
  parts: z.array(ZPart),
});
export type Manifest = z.infer<typeof ZManifest>;

/** The digest of a part: over its sorted file list, so it names the part's whole content. */
export function partDigest(files: ArchivedFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    hash.update(`${f.path}\0${f.size}\0${f.sha256}\n`);
  return hash.digest('hex');
}

/** The PII key's fingerprint: lets a restore tell the right key from a wrong one without keeping the key. */
export function piiKeyFingerprint(hexKey: string): string {
  return createHash('sha256')
    .update(`onewindow/pii-key-fingerprint/${hexKey.toLowerCase()}`)
    .digest('hex')
    .slice(0, 16);
}
