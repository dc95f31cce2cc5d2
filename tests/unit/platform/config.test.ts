import { parseConfig, ConfigError } from '../../../platform/config';

const valid = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db', PII_KEY: 'ab'.repeat(32) };

describe('parseConfig', () => {
  it('applies defaults', () => {
    const c = parseConfig(valid);
    expect(c.PORT).toBe(3000);
    expect(c.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
    expect(c.TEMPORAL_TASK_QUEUE).toBe('onewindow');
    expect(c.TEMPORAL_TLS).toBe(false);
  });

  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://x'],
    ['TEMPORAL_ADDRESS', 'no-port'],
    ['PII_KEY', 'short'],
    ['TEMPORAL_TLS', 'maybe'],
  ])('stops with a message naming %s when it is bad', (name, value) => {
    expect(() => parseConfig({ ...valid, [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ ...valid, [name]: value })).toThrow(new RegExp(name));
  });

  it('requires the TLS key with a client certificate', () => {
    expect(() => parseConfig({ ...valid, TEMPORAL_TLS_CERT_PATH: '/c.pem' })).toThrow(/TEMPORAL_TLS_KEY_PATH/);
  });
});
