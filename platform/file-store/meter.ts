import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { fileTooLarge } from './errors';

/** Passes bytes through, counting them and hashing them; fails as soon as more than `maxBytes` have arrived. */
export class ContentMeter extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  private digestBytes?: Buffer;

  constructor(private readonly maxBytes = Infinity) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return callback(fileTooLarge(this.maxBytes));
    this.hash.update(chunk);
    callback(null, chunk);
  }

  /** The SHA-256 of everything that passed; call only once the input has ended. */
  digest(): Buffer {
    this.digestBytes ??= this.hash.digest();
    return this.digestBytes;
  }
}
