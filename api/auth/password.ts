import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../errors';

/** ASVS V2.1: at least 12 characters, letters and digits; no upper bound below 128. */
export function checkPasswordPolicy(password: string): void {
  if (password.length < 12 || password.length > 128 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new AppError(
      'VALIDATION',
      '密码须为 12–128 位，且同时包含字母和数字',
      'Password must be 12–128 characters with letters and digits',
    );
  }
}

// argon2id with the OWASP-recommended minimums (19 MiB, 2 iterations).
export const hashPassword = (password: string) => hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
export const verifyPassword = (stored: string, password: string) => verify(stored, password).catch(() => false);
