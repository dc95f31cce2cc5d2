import { createHash, randomBytes } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client';
import { runSql, type Db } from '../../platform/db';
import type { Config } from '../../platform/config';
import type { ChangeNotices } from '../../platform/change-notices';
import { AppError, notLoggedIn } from '../errors';
import type { AuditService } from '../audit/audit.service';
import { hashPassword, verifyPassword } from './password';
import type { CurrentUser, TLogin } from './auth.types';
import { sessionSql, type SessionRow } from './session.sql';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
// Verifying against a dummy hash keeps the timing of unknown users close to that of known ones.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

/** prisma/sql/004-session-changed.sql notifies these on any change that could end a session or alter its user */
const SESSION_TABLES = ['Session', 'User', 'Department'];
const MAX_CACHED_SESSIONS = 10_000;

export function createAuthService(deps: {
  db: Db;
  config: Config;
  audit: AuditService;
  notices: ChangeNotices;
  now?: () => Date;
}) {
  const { db, config, audit, notices } = deps;
  const now = deps.now ?? (() => new Date());
  const invalid = () =>
    new AppError(
      'UNAUTHENTICATED',
      '用户名或密码错误；连续输错多次后账户将暂时锁定',
      'Wrong username or password; after several failures the account is locked for a while',
    );

  /** The session with its user and department (one query), or UNAUTHENTICATED: an unknown token is never cached. */
  async function readSession(id: string): Promise<SessionRow> {
    const [session] = await runSql<SessionRow>(db, sessionSql(id), { prepare: true });
    if (!session) throw notLoggedIn();
    return session;
  }
  // Checked on every request, so kept per process until a change notice: a logout, a deactivation or an expiry
  // written by any process reaches every cache within milliseconds (and this process's own at once).
  const sessions = notices.cache(SESSION_TABLES, readSession, { maxEntries: MAX_CACHED_SESSIONS });
  const isExpired = (session: SessionRow, at: Date) =>
    session.expiresAt <= at || session.lastSeenAt.getTime() + config.SESSION_IDLE_MINUTES * 60_000 <= at.getTime();

  /**
   * One failed attempt more, counted in the database so concurrent guesses cannot share a count: the attempt that
   * reaches the limit locks the account (true), and failures while it is locked leave the lock as it is.
   */
  async function countFailure(userId: string, at: Date): Promise<boolean> {
    const now = at.toISOString();
    const until = new Date(at.getTime() + config.LOCKOUT_MINUTES * 60_000).toISOString();
    // the row is locked while read, so a concurrent failure waits and then sees this one's count and lock
    const [row] = await runSql<{ lockedNow: boolean }>(
      db,
      Prisma.sql`WITH prev AS (
          SELECT "failedLogins" + 1 >= ${config.LOGIN_MAX_FAILURES} AS "reachesLimit",
                 COALESCE("lockedUntil" > ${now}::timestamp, FALSE) AS "isLocked"
          FROM "User" WHERE "id" = ${userId} FOR UPDATE)
        UPDATE "User" SET
          "failedLogins" = CASE WHEN prev."isLocked" THEN "failedLogins" WHEN prev."reachesLimit" THEN 0 ELSE "failedLogins" + 1 END,
          "lockedUntil" = CASE WHEN prev."isLocked" THEN "lockedUntil" WHEN prev."reachesLimit" THEN ${until}::timestamp ELSE NULL END
        FROM prev WHERE "id" = ${userId}
        RETURNING NOT prev."isLocked" AND prev."reachesLimit" AS "lockedNow"`,
    );
    return row?.lockedNow ?? false;
  }

  /**
   * An unknown user, a wrong password and a locked account get the same answer after the same work (one argon2
   * verification), so the answer does not tell which accounts exist or are locked.
   */
  async function login(input: TLogin, ip: string | null, userAgent: string | null) {
    const user = await db.user.findUnique({ where: { username: input.username } });
    const at = now();
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
    if (!user || !user.active) {
      await audit.record({
        action: 'auth.login.failed',
        actorName: input.username,
        ip,
        detail: { reason: 'unknown user' },
      });
      throw invalid();
    }
    if (user.lockedUntil && user.lockedUntil > at) {
      await audit.record({ action: 'auth.login.locked', actorId: user.id, actorName: user.username, ip });
      throw invalid();
    }
    if (!passwordOk) {
      const locked = await countFailure(user.id, at);
      await audit.record({
        action: locked ? 'auth.lockout' : 'auth.login.failed',
        actorId: user.id,
        actorName: user.username,
        ip,
      });
      throw invalid();
    }
    await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await db.session.create({
      data: {
        id: sha256(token),
        userId: user.id,
        csrfToken,
        ip,
        userAgent: userAgent?.slice(0, 256) ?? null,
        expiresAt: new Date(at.getTime() + config.SESSION_ABSOLUTE_HOURS * 3_600_000),
      },
    });
    await audit.record({ action: 'auth.login', actorId: user.id, actorName: user.username, ip });
    return { token, csrfToken };
  }

  /**
   * Resolves a cookie token into the current user, enforcing idle and absolute timeouts. The session comes from the
   * cache above; a cached copy that looks expired is read again first, since another process may have touched it.
   */
  async function resolve(token: string): Promise<CurrentUser> {
    const key = sha256(token);
    const at = now();
    let session = await sessions.get(key);
    if (isExpired(session, at)) session = await readSession(key);
    if (session.revokedAt || !session.active) throw notLoggedIn();
    if (isExpired(session, at)) {
      await db.session.update({ where: { id: session.sessionId }, data: { revokedAt: at } });
      sessions.forget();
      throw new AppError('SESSION_EXPIRED', '会话已过期，请重新登录', 'Session expired, please log in again');
    }
    // Touch at most once a minute: keeps idle tracking without a write per request (the cached copy moves along).
    if (at.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await db.session.update({ where: { id: session.sessionId }, data: { lastSeenAt: at } });
      session.lastSeenAt = at;
    }
    const { id, username, displayName, roles, departmentId, departmentCode, sessionId, csrfToken } = session;
    return { id, username, displayName, roles, departmentId, departmentCode, sessionId, csrfToken };
  }

  async function logout(user: CurrentUser, ip: string | null) {
    await db.session.update({ where: { id: user.sessionId }, data: { revokedAt: now() } });
    sessions.forget();
    await audit.record({ action: 'auth.logout', actorId: user.id, actorName: user.username, ip });
  }

  return { login, resolve, logout };
}
export type AuthService = ReturnType<typeof createAuthService>;
