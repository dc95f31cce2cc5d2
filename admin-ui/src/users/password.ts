import type { Validator } from 'react-admin';

/** The server's password policy (api/auth/password.ts), checked early for a helpful message. */
export const PASSWORD_MIN_LENGTH = 12;

export const passwordPolicy: Validator = (value: unknown) => {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value);
  return text.length >= PASSWORD_MIN_LENGTH && text.length <= 128 && /[A-Za-z]/.test(text) && /\d/.test(text)
    ? undefined
    : 'resources.users.validation.password';
};
