import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { AppError } from '../errors';

/** zxcvbn's scale: 3 = "safely unguessable" against an online attack with throttling (about 10^8 guesses). */
const MIN_STRENGTH = 3;
let estimator: ZxcvbnFactory | undefined;
const strengthOf = (password: string) =>
  (estimator ??= new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs })).check(password)
    .score;

/**
 * ASVS V2.1: at least 12 characters, letters and digits, no upper bound below 128; and not guessable: common
 * passwords, repetitions, sequences and keyboard patterns are refused by zxcvbn's estimate.
 */
export function checkPasswordPolicy(password: string): void {
  if (password.length < 12 || password.length > 128 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new AppError(
      'VALIDATION',
      '密码须为 12–128 位，且同时包含字母和数字',
      'Password must be 12–128 characters with letters and digits',
    );
  }
  if (strengthOf(password) < MIN_STRENGTH) {
    throw new AppError(
      'VALIDATION',
      '密码过于常见或有规律（如常用密码、重复字符、连续字母或数字、键盘顺序），容易被猜中，请换一个',
      'Password is too common or predictable (a common password, repeated characters, a sequence or a keyboard pattern): choose another',
    );
  }
}

// argon2id with the OWASP-recommended minimums (19 MiB, 2 iterations).
export const hashPassword = (password: string) => hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
export const verifyPassword = (stored: string, password: string) => verify(stored, password).catch(() => false);
