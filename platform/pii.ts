import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Personal data at rest: AES-256-GCM with a random IV per value ("v1:iv:tag:ciphertext", base64url), and a keyed
 * HMAC digest for exact-match lookups without decrypting.
 */
export function createPiiCipher(hexKey: string) {
  const key = Buffer.from(hexKey, 'hex');
  if (key.length !== 32) throw new Error('PII key must be 32 bytes');
  const digestKey = createHmac('sha256', key).update('onewindow/pii-digest').digest();

  return {
    encrypt(plain: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join(':');
    },
    decrypt(stored: string): string {
      const [version, iv, tag, data] = stored.split(':');
      if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('not an encrypted PII value');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    },
    digest(plain: string): string {
      return createHmac('sha256', digestKey).update(plain.trim().toUpperCase()).digest('hex');
    },
  };
}
export type PiiCipher = ReturnType<typeof createPiiCipher>;
