import { ApiClient, DEMO_PASSWORD } from '../../support/api-client';
import { testDb } from '../../support/db';
import { hashPassword } from '../../../api/auth/password';
import { waitFor } from '../../support/matters';
import type { Db } from '../../../platform/db';
import { parseConfig } from '../../../platform/config';
import { createAuditService } from '../../../api/audit/audit.service';
import { createAuthService } from '../../../api/auth/auth.service';
import type { CurrentUser } from '../../../api/auth/auth.types';
import { createOrganisationService } from '../../../api/organisation/organisation.service';
import { unheardNotices } from '../../support/unheard-notices';

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.$disconnect());

async function throwawayUser(prefix: string) {
  const username = `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const dept = await db.department.findUniqueOrThrow({ where: { code: 'WINDOW' } });
  await db.user.create({
    data: {
      username,
      displayName: '测试',
      roles: ['CLERK'],
      departmentId: dept.id,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    },
  });
  return username;
}

// The API keeps sessions per process until a change notice (api/auth/auth.service.ts). A write from outside it, as
// another API instance's or an administrator's would be, acts once the notice arrives: milliseconds, where the
// cache would otherwise keep the session for 60 s.
const NOTICE_MS = 5_000;
function onceNoticed<T extends { status: number }>(what: string, request: () => Promise<T>, seen: (res: T) => boolean) {
  return waitFor(
    what,
    async () => {
      const res = await request();
      return seen(res) && res;
    },
    NOTICE_MS,
  );
}

describe('authentication', () => {
  it('logs in, returns the identity with roles and department, and logs out on the server', async () => {
    const client = await ApiClient.login('clerk');
    const me = await client.get('/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'clerk', roles: ['CLERK'], departmentCode: 'WINDOW' });
    expect(me.body).not.toHaveProperty('passwordHash');

    expect((await client.post('/auth/logout')).status).toBe(200);
    expect((await client.get('/auth/me')).status).toBe(401);
  });

  it('rejects unauthenticated requests with 401', async () => {
    const res = await new ApiClient().get('/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('rejects writes without the CSRF token', async () => {
    const client = await ApiClient.login('clerk');
    client.csrf = undefined;
    const res = await client.post('/auth/logout');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF');
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await new ApiClient().post('/auth/login', { username: 'nobody-here', password: 'x' });
    const wrong = await new ApiClient().post('/auth/login', { username: 'clerk', password: 'wrong-password-1' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });

  it('locks the account after repeated failures, even for the right password, answering as for an unknown user', async () => {
    const username = await throwawayUser('lockout');
    // concurrent guesses share one count: the fifth failure locks, however they interleave
    await Promise.all(
      Array.from({ length: 8 }, () => new ApiClient().post('/auth/login', { username, password: 'wrong-password-1' })),
    );
    const res = await new ApiClient().post('/auth/login', { username, password: DEMO_PASSWORD });
    const unknown = await new ApiClient().post('/auth/login', { username: 'nobody-at-all', password: DEMO_PASSWORD });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(unknown.body);
    const audit = await db.auditLog.findMany({ where: { actorName: username, action: 'auth.lockout' } });
    expect(audit).toHaveLength(1);
    expect(await db.auditLog.count({ where: { actorName: username, action: 'auth.login.locked' } })).toBeGreaterThan(0);
  });

  it('expires an idle session', async () => {
    const username = await throwawayUser('idle');
    const client = await ApiClient.login(username);
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    await db.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    const res = await onceNoticed(
      'the idle session to end',
      () => client.get('/auth/me'),
      (r) => r.status !== 200,
    );
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('SESSION_EXPIRED');
  });

  it('refuses, once noticed, a session revoked or a user deactivated by another process', async () => {
    const revokedName = await throwawayUser('revoked');
    const revoked = await ApiClient.login(revokedName);
    const deactivatedName = await throwawayUser('deactivated');
    const deactivated = await ApiClient.login(deactivatedName);
    expect((await revoked.get('/auth/me')).status).toBe(200);
    expect((await deactivated.get('/auth/me')).status).toBe(200);

    await db.session.updateMany({ where: { user: { username: revokedName } }, data: { revokedAt: new Date() } });
    await db.user.update({ where: { username: deactivatedName }, data: { active: false } });
    await onceNoticed(
      'the revocation',
      () => revoked.get('/auth/me'),
      (r) => r.status === 401,
    );
    await onceNoticed(
      'the deactivation',
      () => deactivated.get('/auth/me'),
      (r) => r.status === 401,
    );
  });

  it('sees a role changed by another process once noticed', async () => {
    const username = await throwawayUser('promoted');
    const client = await ApiClient.login(username);
    expect((await client.get('/auth/me')).body.roles).toEqual(['CLERK']);
    await db.user.update({ where: { username }, data: { roles: ['CLERK', 'APPROVER'] } });
    const me = await onceNoticed(
      'the new role',
      () => client.get('/auth/me'),
      (r) => r.body.roles?.length === 2,
    );
    expect(me.body.roles).toEqual(['CLERK', 'APPROVER']);
  });

  it('the API instance that changes a user refuses or re-roles their sessions at once, before its notice comes back', async () => {
    const audit = createAuditService(db);
    const notices = unheardNotices();
    const auth = createAuthService({ db, config: parseConfig(process.env), audit, notices });
    const organisation = createOrganisationService({ db, audit, notices });
    const adminRow = await db.user.findUniqueOrThrow({ where: { username: 'admin' } });
    const admin = { id: adminRow.id, username: adminRow.username } as CurrentUser;
    const username = await throwawayUser('changed-here');
    const { id } = await db.user.findUniqueOrThrow({ where: { username } });
    const { token } = await auth.login({ username, password: DEMO_PASSWORD }, null, null);
    expect((await auth.resolve(token)).roles).toEqual(['CLERK']);

    await organisation.update(id, { roles: ['CLERK', 'APPROVER'] }, admin);
    expect((await auth.resolve(token)).roles).toEqual(['CLERK', 'APPROVER']);
    await organisation.update(id, { active: false }, admin);
    await expect(auth.resolve(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await new ApiClient().request('POST', '/auth/login', '{not json');
    expect(res.status).toBe(400);
  });
});
