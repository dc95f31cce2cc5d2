import { parseConfig, ConfigError } from '../../../platform/config';
import { workerTuning } from '../../../platform/worker-tuning';

const valid = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db', PII_KEY: 'ab'.repeat(32) };

describe('parseConfig', () => {
  it('applies defaults', () => {
    const c = parseConfig(valid);
    expect(c.PORT).toBe(3000);
    expect(c.TEMPORAL_ADDRESS).toBe('127.0.0.1:7233');
    expect(c.TEMPORAL_TASK_QUEUE).toBe('onewindow');
    expect(c.TEMPORAL_TLS).toBe(false);
    expect(c.WORKER_MAX_CACHED_WORKFLOWS).toBeUndefined();
    expect(c.WORKER_STICKY_TIMEOUT_SECONDS).toBe(60);
  });

  it('trusts no proxy unless told, then the addresses and ranges listed', () => {
    expect(parseConfig(valid).TRUST_PROXY).toBe(false);
    expect(parseConfig({ ...valid, TRUST_PROXY: 'off' }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ ...valid, TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      'loopback',
    ]);
    expect(() => parseConfig({ ...valid, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the worker cache size as a number', () => {
    expect(parseConfig({ ...valid, WORKER_MAX_CACHED_WORKFLOWS: '20000' }).WORKER_MAX_CACHED_WORKFLOWS).toBe(20000);
  });

  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://x'],
    ['TEMPORAL_ADDRESS', 'no-port'],
    ['PII_KEY', 'short'],
    ['TEMPORAL_TLS', 'maybe'],
    ['WORKER_MAX_CACHED_WORKFLOWS', '1'],
    ['WORKER_STICKY_TIMEOUT_SECONDS', '0'],
  ])('stops with a message naming %s when it is bad', (name, value) => {
    expect(() => parseConfig({ ...valid, [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ ...valid, [name]: value })).toThrow(new RegExp(name));
  });

  it('hands the worker its tuning as SDK options', () => {
    expect(
      workerTuning(parseConfig({ ...valid, WORKER_MAX_CACHED_WORKFLOWS: '500', WORKER_STICKY_TIMEOUT_SECONDS: '90' })),
    ).toEqual({ maxCachedWorkflows: 500, stickyQueueScheduleToStartTimeout: '90s' });
  });

  it('keeps files locally unless told, with 20 MB per file', () => {
    const c = parseConfig(valid);
    expect(c).toMatchObject({ FILE_STORE: 'local', MATERIAL_FILE_MAX_MB: 20, S3_FORCE_PATH_STYLE: true });
  });

  it('needs a bucket for the S3 store, and both S3 keys or neither', () => {
    expect(() => parseConfig({ ...valid, FILE_STORE: 's3' })).toThrow(/S3_BUCKET/);
    expect(parseConfig({ ...valid, FILE_STORE: 's3', S3_BUCKET: 'b' }).S3_BUCKET).toBe('b');
    expect(() => parseConfig({ ...valid, S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY/);
  });

  it('requires the TLS key with a client certificate', () => {
    expect(() => parseConfig({ ...valid, TEMPORAL_TLS_CERT_PATH: '/c.pem' })).toThrow(/TEMPORAL_TLS_KEY_PATH/);
  });
});

describe('notice settings', () => {
  it('default to the record-only SMS sink and no SMTP server', () => {
    const c = parseConfig(valid);
    expect(c.SMS_PROVIDER).toBe('record');
    expect(c.SMTP_HOST).toBeUndefined();
    expect(c.NOTICE_DISPATCH).toBe(true);
  });

  it.each(['SMS_HTTP_URL', 'SMS_ACCESS_KEY_ID', 'SMS_ACCESS_KEY_SECRET'])(
    'need %s for the HTTP SMS provider',
    (name) => {
      const http = {
        ...valid,
        SMS_PROVIDER: 'http',
        SMS_HTTP_URL: 'https://sms.example.com/send',
        SMS_ACCESS_KEY_ID: 'AK',
        SMS_ACCESS_KEY_SECRET: 'secret',
      };
      expect(parseConfig(http).SMS_PROVIDER).toBe('http');
      expect(() => parseConfig({ ...http, [name]: undefined })).toThrow(new RegExp(name));
    },
  );

  it('need the password with an SMTP user, and a sane backoff', () => {
    expect(() => parseConfig({ ...valid, SMTP_USER: 'u' })).toThrow(/SMTP_PASS/);
    expect(() => parseConfig({ ...valid, NOTICE_RETRY_BASE_SECONDS: '60', NOTICE_RETRY_MAX_SECONDS: '30' })).toThrow(
      /NOTICE_RETRY_MAX_SECONDS/,
    );
  });
});
