import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const positiveInt = z.coerce.number().int().positive();

/**
 * The notice settings of the environment contract (platform/config.ts spreads them into its schema): the SMTP server,
 * the SMS provider and the dispatcher. README lists them.
 */
export const NOTICE_SETTINGS = {
  /** unset: e-mail notices wait, pending, until a server is configured (`npm start` sets its Mailpit) */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it */
  SMTP_SECURE: bool.default(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  SMTP_FROM: z.string().min(3).default('便民服务中心 <noreply@onewindow.local>'),
  /** record: no SMS contract, the text is kept on the matter page as it would have gone out; http: a provider's API */
  SMS_PROVIDER: z.enum(['record', 'http']).default('record'),
  SMS_HTTP_URL: z.url().optional(),
  SMS_ACCESS_KEY_ID: z.string().min(1).optional(),
  SMS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
  /** 短信签名: the registered sender name the provider puts before the text */
  SMS_SIGN_NAME: z.string().min(1).default('便民服务中心'),
  /** this process drains the outbox (worker processes; several may, each takes its own notices) */
  NOTICE_DISPATCH: bool.default(true),
  NOTICE_POLL_MS: positiveInt.default(1000),
  NOTICE_BATCH_SIZE: positiveInt.max(500).default(50),
  NOTICE_CONCURRENCY: positiveInt.max(50).default(4),
  /** how long a dispatcher holds the notices it took; a crashed one's are taken again after it */
  NOTICE_LEASE_SECONDS: positiveInt.min(10).default(120),
  NOTICE_MAX_ATTEMPTS: positiveInt.default(12),
  NOTICE_RETRY_BASE_SECONDS: positiveInt.default(30),
  NOTICE_RETRY_MAX_SECONDS: positiveInt.default(3600),
  /** 容缺: owed materials due within this many days are reminded of (applicant and accepting clerk), once */
  DEFICIENCY_REMINDER_DAYS: z.coerce.number().int().min(0).max(30).default(2),
  /** how often a dispatcher looks for owed materials falling due */
  NOTICE_REMINDER_SWEEP_SECONDS: positiveInt.default(60),
};

type NoticeSettings = z.infer<z.ZodObject<typeof NOTICE_SETTINGS>>;

/** What the fields alone cannot say: the pairs that go together. */
export function noticeSettingsProblems(c: NoticeSettings): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  if (c.SMS_PROVIDER === 'http')
    for (const name of ['SMS_HTTP_URL', 'SMS_ACCESS_KEY_ID', 'SMS_ACCESS_KEY_SECRET'] as const)
      if (!c[name]) problems.push({ path: name, message: 'required when SMS_PROVIDER=http' });
  if (c.SMTP_USER && !c.SMTP_PASS) problems.push({ path: 'SMTP_PASS', message: 'required when SMTP_USER is set' });
  if (c.NOTICE_RETRY_MAX_SECONDS < c.NOTICE_RETRY_BASE_SECONDS)
    problems.push({ path: 'NOTICE_RETRY_MAX_SECONDS', message: 'at least NOTICE_RETRY_BASE_SECONDS' });
  return problems;
}

/** The address applicants reach the centre at (config's PUBLIC_BASE_URL): lookup links in notices, QR codes on results. */
export const publicBaseUrl = (c: { PUBLIC_BASE_URL?: string; PORT: number }) =>
  (c.PUBLIC_BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
