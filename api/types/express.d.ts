import type { CurrentUser } from '../auth/auth.types';

declare global {
  namespace Express {
    interface Request {
      user?: CurrentUser;
    }
  }
}
export {};
