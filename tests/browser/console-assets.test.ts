import { API_URL } from '../support/api-client';

/** The console's assets as a browser gets them: compressed ahead of time, hashed names cached for good. */
describe('console assets', () => {
  let script: string;
  beforeAll(async () => {
    const page = await fetch(`${API_URL}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    script = /<script[^>]+src="([^"]+\.js)"/.exec(await page.text())![1];
  });

  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
  ])('answers Accept-Encoding %s with %s and a long-lived cache', async (accepted, encoding) => {
    const res = await fetch(`${API_URL}${script}`, { headers: { 'accept-encoding': accepted } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // fetch decodes the body: the same script whichever copy was sent
    expect((await res.text()).length).toBeGreaterThan(100_000);
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const res = await fetch(`${API_URL}${script}`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
