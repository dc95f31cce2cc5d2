import { createHash, createHmac } from 'node:crypto';

export const SMS_SIGNATURE_ALGORITHM = 'OW-HMAC-SHA256';

export interface SignableRequest {
  method: string;
  /** the URL's path and query, e.g. /sms/send */
  path: string;
  /** ISO 8601 instant, also sent as x-ow-date (the receiver refuses stale ones) */
  date: string;
  /** unique per request, also sent as x-ow-nonce (the receiver refuses one it has seen) */
  nonce: string;
  body: string;
}

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The string the signature covers, in the manner of the large providers' HMAC schemes (Tencent Cloud TC3, Aliyun
 * ACS3): the algorithm, method, path, date, nonce and the body's SHA-256, one per line.
 */
export function stringToSign(r: SignableRequest): string {
  return [SMS_SIGNATURE_ALGORITHM, r.method.toUpperCase(), r.path, r.date, r.nonce, sha256Hex(r.body)].join('\n');
}

export const signature = (secret: string, r: SignableRequest): string =>
  createHmac('sha256', secret).update(stringToSign(r), 'utf8').digest('hex');

/** The request's signing headers. */
export function signedHeaders(keyId: string, secret: string, r: SignableRequest): Record<string, string> {
  return {
    'x-ow-date': r.date,
    'x-ow-nonce': r.nonce,
    'x-ow-content-sha256': sha256Hex(r.body),
    authorization: `${SMS_SIGNATURE_ALGORITHM} Credential=${keyId}, Signature=${signature(secret, r)}`,
  };
}
