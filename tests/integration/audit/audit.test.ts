import { API_URL, ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';

describe('audit search and export', () => {
  const db = testDb();
  afterAll(() => db.$disconnect());

  it('answers 401 without a session and 403 to roles other than manager and admin', async () => {
    const anonymous = new ApiClient();
    expect((await anonymous.get('/audit')).status).toBe(401);
    expect((await anonymous.get('/audit/export.csv')).status).toBe(401);
    for (const username of ['clerk', 'minzheng']) {
      expect((await (await as(username)).get('/audit')).status).toBe(403);
      expect((await (await as(username)).get('/audit/export.csv')).status).toBe(403);
    }
  });

  it('filters and pages, newest first, and audits the search itself', async () => {
    const manager = await as('manager');
    await as('admin');
    const res = await manager.get('/audit?action=auth.login&actorName=ADM&perPage=2');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThanOrEqual(1);
    expect(res.body.data.length).toBeLessThanOrEqual(2);
    for (const row of res.body.data) {
      expect(row.action).toContain('auth.login');
      expect(row.actorName.toLowerCase()).toContain('adm');
      expect(Object.keys(row).sort()).toEqual(
        ['action', 'actorName', 'at', 'detail', 'id', 'ip', 'objectId', 'objectType', 'seq'].sort(),
      );
    }
    const all = await manager.get('/audit?perPage=5');
    const seqs = all.body.data.map((r: { seq: number }) => r.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    const searches = await db.auditLog.findMany({
      where: { action: 'audit.search', actorName: 'manager' },
      orderBy: { seq: 'asc' },
    });
    // other test files search as the manager at the same time: find this test's search by its filters
    const mine = searches.find(
      (s) => (s.detail as { filters?: { action?: string } } | null)?.filters?.action === 'auth.login',
    );
    expect(mine?.detail).toMatchObject({ filters: { action: 'auth.login', actorName: 'ADM' } });
    expect(mine?.ip).toBeTruthy();

    const byDate = await manager.get('/audit?from=2000-01-01&to=2000-12-31');
    expect(byDate.body).toEqual({ data: [], total: 0 });
    const bad = await manager.get('/audit?from=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].message).toBe('日期格式应为 YYYY-MM-DD 或 ISO 8601 时间');
    expect((await manager.get('/audit?perPage=1000')).body.error.details[0].message).toBe('每页最多 100 条');
  });

  it('exports CSV with a BOM, quoted fields and formulas neutralised, and audits the export', async () => {
    // a failed login stores the typed user name as the actor: an attacker's way into a spreadsheet
    const attempt = await new ApiClient().post('/auth/login', {
      username: '=HYPERLINK("http://x","a,b")',
      password: 'x',
    });
    expect(attempt.status).toBe(401);
    const admin = await as('admin');
    // raw bytes: the client's text() would swallow the BOM
    const res = await fetch(`${API_URL}/api/audit/export.csv?action=auth.login.failed`, {
      headers: { cookie: cookieOf(admin) },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('序号 seq,时间 at,操作人 actor,操作 action,对象类型 objectType,对象 objectId,IP,详情 detail');
    expect(text).toContain(`,"'=HYPERLINK(""http://x"",""a,b"")",auth.login.failed,`);
    expect(text.endsWith('\r\n')).toBe(true);
    const exported = await db.auditLog.findFirst({
      where: { action: 'audit.export', actorName: 'admin' },
      orderBy: { seq: 'desc' },
    });
    expect(exported?.detail).toMatchObject({ filters: { action: 'auth.login.failed' }, truncated: false });
  });
});

/** The session cookies of a logged-in test client (kept in its private map). */
function cookieOf(client: ApiClient): string {
  return [...(client as unknown as { cookies: Map<string, string> }).cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}
