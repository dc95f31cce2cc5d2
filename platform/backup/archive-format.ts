/**
 * The backup archive's container (docs/operations.md): a plaintext header naming the key derivation, then frames
 * sealed with AES-256-GCM under a key derived from the passphrase by scrypt.
 *
 *   "OWBACKUP" · u32 header length · header JSON · frame* ; frame = u32 sealed length · ciphertext · 16-byte tag
 *
 * Frame i is sealed with the nonce i and the header's SHA-256 as associated data, so a frame changed, dropped,
 * moved or taken from another archive fails to open, and the last frame (END) proves the archive is whole.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scrypt } from 'node:crypto';

export const MAGIC = Buffer.from('OWBACKUP');
export const FORMAT_VERSION = 1;
/** plaintext bytes per DATA frame */
export const CHUNK_BYTES = 1 << 20;
export const TAG_BYTES = 16;
/** a frame longer than this is not one of ours: the length itself is damaged */
export const MAX_FRAME_BYTES = CHUNK_BYTES + 1 + TAG_BYTES;

export enum FrameType {
  MANIFEST = 1,
  FILE = 2,
  DATA = 3,
  END = 4,
}

export interface ArchiveHeader {
  format: 'onewindow-backup';
  version: number;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  /** HMAC of a constant under the key: tells a wrong passphrase apart from a damaged archive */
  keyCheck: string;
}

const SCRYPT = { N: 1 << 16, r: 8, p: 1 } as const;
const KEY_CHECK_TEXT = 'onewindow-backup/key-check';

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase, salt, 32, { ...params, maxmem: 256 * params.N * params.r }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

const keyCheckOf = (key: Buffer) => createHmac('sha256', key).update(KEY_CHECK_TEXT).digest('base64');

/** Seals and opens the frames of one archive. */
export class FrameCipher {
  private readonly aad: Buffer;

  private constructor(
    private readonly key: Buffer,
    readonly headerBytes: Buffer,
  ) {
    this.aad = createHash('sha256').update(headerBytes).digest();
  }

  /** A new archive: a fresh salt, so every archive has its own key. */
  static async create(passphrase: string): Promise<FrameCipher> {
    const salt = randomBytes(16);
    const key = await deriveKey(passphrase, salt, SCRYPT);
    const header: ArchiveHeader = {
      format: 'onewindow-backup',
      version: FORMAT_VERSION,
      kdf: { name: 'scrypt', ...SCRYPT, salt: salt.toString('base64') },
      keyCheck: keyCheckOf(key),
    };
    return new FrameCipher(key, Buffer.from(JSON.stringify(header)));
  }

  /** An existing archive's header; undefined when the passphrase is not the one it was written with. */
  static async open(passphrase: string, headerBytes: Buffer, header: ArchiveHeader): Promise<FrameCipher | undefined> {
    const { N, r, p, salt } = header.kdf;
    const key = await deriveKey(passphrase, Buffer.from(salt, 'base64'), { N, r, p });
    return keyCheckOf(key) === header.keyCheck ? new FrameCipher(key, headerBytes) : undefined;
  }

  private nonce(index: number): Buffer {
    const nonce = Buffer.alloc(12);
    nonce.writeBigUInt64BE(BigInt(index), 4);
    return nonce;
  }

  seal(index: number, type: FrameType, body: Buffer): Buffer {
    const cipher = createCipheriv('aes-256-gcm', this.key, this.nonce(index));
    cipher.setAAD(this.aad);
    const sealed = Buffer.concat([cipher.update(Buffer.from([type])), cipher.update(body), cipher.final()]);
    return Buffer.concat([sealed, cipher.getAuthTag()]);
  }

  /** The frame's type and body; undefined when it does not authenticate (changed, moved or foreign). */
  open(index: number, sealed: Buffer): { type: FrameType; body: Buffer } | undefined {
    if (sealed.length < TAG_BYTES + 1) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', this.key, this.nonce(index));
    decipher.setAAD(this.aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
      return { type: plain[0] as FrameType, body: plain.subarray(1) };
    } catch {
      return undefined;
    }
  }
}
