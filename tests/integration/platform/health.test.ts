import { ApiClient } from '../../support/api-client';

describe('GET /api/health', () => {
  it('reports database, Temporal and a polling worker as up', async () => {
    const res = await new ApiClient().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'up',
      database: { status: 'up' },
      temporal: { status: 'up' },
      worker: { status: 'up' },
    });
    expect(res.body.worker.pollers).toBeGreaterThanOrEqual(1);
  });

  it('answers unknown API paths with a 404 in Chinese and English', async () => {
    const client = await ApiClient.login('clerk');
    const res = await client.get('/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('接口不存在');
    expect(res.body.error.messageEn).toContain('No such endpoint');
  });
});
