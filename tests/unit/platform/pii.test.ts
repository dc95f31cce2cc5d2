import { createPiiCipher } from '../../../platform/pii';

const cipher = createPiiCipher('0f'.repeat(32));

describe('PII cipher', () => {
  it('round-trips and never stores the plain value', () => {
    const stored = cipher.encrypt('11010519491231002X');
    expect(stored).not.toContain('11010519491231002X');
    expect(cipher.decrypt(stored)).toBe('11010519491231002X');
  });

  it('uses a fresh IV each time but a stable digest', () => {
    expect(cipher.encrypt('a')).not.toBe(cipher.encrypt('a'));
    expect(cipher.digest('11010519491231002x')).toBe(cipher.digest('11010519491231002X'));
  });

  it('detects tampering', () => {
    const [v, iv, tag, data] = cipher.encrypt('13812345678').split(':');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([v, iv, tag, flipped.toString('base64url')].join(':'))).toThrow();
  });

  it('rejects a key of the wrong size', () => {
    expect(() => createPiiCipher('abcd')).toThrow(/32 bytes/);
  });
});
