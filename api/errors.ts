/** One error type for the whole API; the router never catches, the error middleware maps code → HTTP status. */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  /** a denial the service has already written to the audit trail (with the object it concerned) */
  audited = false;

  constructor(
    readonly code: ErrorCode,
    /** Chinese first: shown to UI users */
    message: string,
    readonly messageEn: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notLoggedIn = () => new AppError('UNAUTHENTICATED', '请先登录', 'Please log in');
export const notFound = (what: string, whatEn: string) =>
  new AppError('NOT_FOUND', `${what}不存在`, `${whatEn} not found`);
export const forbidden = (audited = false) =>
  Object.assign(new AppError('FORBIDDEN', '无权访问该资源', 'You are not allowed to access this resource'), {
    audited,
  });
