import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { fileCorrupt } from './errors';

/**
 * Files at rest: chunked AES-256-GCM, so a reader gets only authenticated bytes while streaming (one GCM tag over a
 * whole file would be checked after its last byte was already sent). The layout:
 *
 *   "OWF1" | salt (16 bytes) | segment 0 | segment 1 | … | final segment
 *
 * Each segment is up to SEGMENT_SIZE bytes of ciphertext and its 16-byte tag. The key of each file is derived with
 * HKDF-SHA256 from the PII key and the file's random salt; the nonce is the segment's counter and a final-segment
 * flag, so segments cannot be reordered, dropped or the file cut short at a segment boundary. The final segment also
 * authenticates the file's content address (the SHA-256 of its plaintext), so a stored file moved under another
 * file's key fails too.
 */
export const SEGMENT_SIZE = 64 * 1024;
const MAGIC = Buffer.from('OWF1', 'ascii');
const SALT_SIZE = 16;
const TAG_SIZE = 16;
export const HEADER_SIZE = MAGIC.length + SALT_SIZE;
const HKDF_INFO = 'onewindow/file-store/v1';

export function fileStoreMasterKey(piiKeyHex: string): Buffer {
  const key = Buffer.from(piiKeyHex, 'hex');
  if (key.length !== 32) throw new Error('PII key must be 32 bytes');
  return key;
}

const fileKey = (master: Buffer, salt: Buffer) => Buffer.from(hkdfSync('sha256', master, salt, HKDF_INFO, 32));

function nonce(counter: number, final: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeUInt32BE(counter, 7);
  n[11] = final ? 1 : 0;
  return n;
}

/** Joins buffered chunks only when a segment is taken out, not on every write. */
class ByteQueue {
  private chunks: Buffer[] = [];
  length = 0;
  push(chunk: Buffer) {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }
  take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
    const head = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
    return head;
  }
}

/**
 * Encrypts a plaintext stream. `finalAad` is called once the plaintext has ended and returns the file's content
 * address (32 bytes), bound into the final segment.
 */
export function createEncryptStream(master: Buffer, finalAad: () => Buffer): Transform {
  const salt = randomBytes(SALT_SIZE);
  const key = fileKey(master, salt);
  const pending = new ByteQueue();
  let counter = 0;
  let headerSent = false;
  const header = (stream: Transform) => {
    if (!headerSent) stream.push(Buffer.concat([MAGIC, salt]));
    headerSent = true;
  };
  const seal = (plain: Buffer, final: boolean): Buffer => {
    const cipher = createCipheriv('aes-256-gcm', key, nonce(counter++, final));
    if (final) cipher.setAAD(finalAad());
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([body, cipher.getAuthTag()]);
  };
  return new Transform({
    transform(chunk: Buffer, _enc, callback: TransformCallback) {
      header(this);
      pending.push(chunk);
      // strictly more than a segment: this one is not the last
      while (pending.length > SEGMENT_SIZE) this.push(seal(pending.take(SEGMENT_SIZE), false));
      callback();
    },
    flush(callback: TransformCallback) {
      try {
        header(this);
        callback(null, seal(pending.take(pending.length), true));
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}

/** Decrypts what createEncryptStream wrote for the file whose content address is `expectedAad`. */
export function createDecryptStream(master: Buffer, expectedAad: Buffer): Transform {
  const pending = new ByteQueue();
  let key: Buffer | undefined;
  let counter = 0;
  const open = (sealed: Buffer, final: boolean): Buffer => {
    if (sealed.length < TAG_SIZE) throw fileCorrupt();
    const decipher = createDecipheriv('aes-256-gcm', key!, nonce(counter++, final));
    if (final) decipher.setAAD(expectedAad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_SIZE));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_SIZE)), decipher.final()]);
    } catch {
      throw fileCorrupt();
    }
  };
  const readHeader = () => {
    if (key || pending.length < HEADER_SIZE) return;
    const header = pending.take(HEADER_SIZE);
    if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw fileCorrupt();
    key = fileKey(master, header.subarray(MAGIC.length));
  };
  return new Transform({
    transform(chunk: Buffer, _enc, callback: TransformCallback) {
      try {
        pending.push(chunk);
        readHeader();
        if (key)
          while (pending.length > SEGMENT_SIZE + TAG_SIZE)
            this.push(open(pending.take(SEGMENT_SIZE + TAG_SIZE), false));
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      try {
        readHeader();
        if (!key) throw fileCorrupt();
        callback(null, open(pending.take(pending.length), true));
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
