/** A stored file: `key` is its content address, the SHA-256 of the plaintext (hex), the same for equal contents. */
export interface StoredFile {
  key: string;
  sha256: string;
  size: number;
}

export interface PutOptions {
  /** refuse (FileStoreError PAYLOAD_TOO_LARGE) once more than this many bytes arrive; nothing is kept */
  maxBytes?: number;
}

/**
 * Where materials and results live, encrypted at rest. Two implementations (local-store.ts, s3-store.ts), chosen by
 * FILE_STORE; both write to a temporary file first and commit the whole file at once, so an interrupted put leaves
 * nothing behind.
 */
export interface FileStore {
  /** streams the bytes in and encrypts them; a content already stored is kept once */
  put(content: NodeJS.ReadableStream | Buffer, opts?: PutOptions): Promise<StoredFile>;
  /**
   * The plaintext, streamed and authenticated chunk by chunk: a tampered or swapped file makes the stream fail
   * (FileStoreError CORRUPT). Throws FileStoreError NOT_FOUND, before any byte, when there is no such file.
   */
  get(key: string): Promise<NodeJS.ReadableStream>;
  has(key: string): Promise<boolean>;
}

export const isFileKey = (key: string): boolean => /^[0-9a-f]{64}$/.test(key);
