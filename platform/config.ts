import { z } from 'zod';
import { backupConfigShape } from './backup/backup-config';
import { NOTICE_SETTINGS, noticeSettingsProblems } from './notices/notice-settings';
import { DEFAULT_SERVICE_RETRY, type ServiceRetryBudget } from '../workflows/incident-contract';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
/**
 * Proxies whose X-Forwarded-For is believed, as Express's 'trust proxy' takes them: off (the default, the peer's
 * address is the client's), or a comma-separated list of addresses / CIDR ranges / 'loopback' etc.
 */
const trustedProxies = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (['', 'false', '0', 'off'].includes(v.toLowerCase())) return false as const;
    const list = v.split(',').map((p) => p.trim());
    const named = ['loopback', 'linklocal', 'uniquelocal'];
    const bad = list.filter((p) => !named.includes(p) && !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(p));
    if (bad.length)
      ctx.addIssue({ code: 'custom', message: `not an address, CIDR range or ${named.join('/')}: ${bad}` });
    return list;
  });
const megabytes = z.coerce
  .number()
  .positive()
  .max(5 * 1024);

/** The whole environment contract, parsed once. Nothing else in the code base reads process.env. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
    DATA_DIR: z.string().min(1).default('data'),
    TEMPORAL_ADDRESS: z
      .string()
      .regex(/^[^\s:]+:\d+$/, 'host:port')
      .default('127.0.0.1:7233'),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    TEMPORAL_TASK_QUEUE: z.string().min(1).default('onewindow'),
    /** how long a closed matter's workflow history stays in Temporal, for a namespace the API or worker creates */
    TEMPORAL_NAMESPACE_RETENTION_DAYS: positiveInt.default(30),
    TEMPORAL_UI_URL: z.url().default('http://localhost:8233'),
    TEMPORAL_TLS: bool.default(false),
    TEMPORAL_TLS_CERT_PATH: z.string().optional(),
    TEMPORAL_TLS_KEY_PATH: z.string().optional(),
    TEMPORAL_TLS_CA_PATH: z.string().optional(),
    TEMPORAL_TLS_SERVER_NAME: z.string().optional(),
    TEMPORAL_API_KEY: z.string().optional(),
    /** 32-byte key (64 hex chars) encrypting ID and phone numbers at rest */
    PII_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, '64 hex characters (32 bytes)'),
    SESSION_IDLE_MINUTES: positiveInt.default(30),
    SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
    LOGIN_MAX_FAILURES: positiveInt.default(5),
    LOCKOUT_MINUTES: positiveInt.default(15),
    WARNING_YELLOW_DAYS: positiveInt.default(2),
    /** per client IP and minute: login attempts, and the applicants' public look-up and rating */
    LOGIN_RATE_LIMIT: positiveInt.default(20),
    PUBLIC_RATE_LIMIT: positiveInt.default(30),
    /** the centre as its results name it (出证): the issuer printed on them, and the code their numbers start with */
    CENTRE_NAME: z.string().trim().min(1).max(60).default('便民服务中心'),
    CENTRE_CODE: z
      .string()
      .regex(/^[A-Z][A-Z0-9]{0,9}$/, '1–10 upper-case letters or digits, starting with a letter')
      .default('BM'),
    /** the address applicants reach the API at: QR codes on results point to PUBLIC_BASE_URL/verify/<code> */
    PUBLIC_BASE_URL: z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    TRUST_PROXY: trustedProxies.default(false),
    /** how long a request waits for a workflow to take a human step (an Update) before answering 503 */
    TEMPORAL_UPDATE_WAIT_SECONDS: positiveInt.default(30),
    /** 督办: working days the holder has to reply before the supervision is escalated to the managers */
    SUPERVISION_REPLY_WORKING_DAYS: positiveInt.max(30).default(2),
    /** 整改: working days a department has to reply to a poor rating with its measures */
    RECTIFICATION_WORKING_DAYS: positiveInt.max(60).default(5),
    /**
     * A service task's retry budget (workflows/incidents.ts): attempts, then the first delay doubling to the maximum;
     * past it the matter waits on an incident for an admin or a manager. Read when a matter starts.
     */
    SERVICE_RETRY_MAX_ATTEMPTS: positiveInt.max(100).default(DEFAULT_SERVICE_RETRY.maximumAttempts),
    SERVICE_RETRY_INITIAL_SECONDS: positiveInt.default(DEFAULT_SERVICE_RETRY.initialIntervalSeconds),
    SERVICE_RETRY_MAX_SECONDS: positiveInt.default(DEFAULT_SERVICE_RETRY.maximumIntervalSeconds),
    /** how often the API restarts the workflow of a matter whose intake was cut off before it started */
    PENDING_START_SWEEP_SECONDS: positiveInt.default(60),
    /**
     * Workflows a worker keeps in memory between their steps (unset: the SDK sizes it from the V8 heap limit). When
     * more matters wake together than fit, the rest come without the sticky cache and are replayed from history.
     */
    WORKER_MAX_CACHED_WORKFLOWS: positiveInt.min(2).optional(),
    /**
     * How long a workflow's next task waits for the worker that holds the workflow in memory before the server hands
     * it, with the workflow's whole history, to any worker. The SDK's 10 s is shorter than the queue when many matters
     * wake at once (deadlines fall due together at the end of a China day), so every one of them timed out and was
     * sent again. Also the longest a task waits after its worker was killed without a goodbye.
     */
    WORKER_STICKY_TIMEOUT_SECONDS: positiveInt.default(60),
    /**
     * A workflow bundle built beforehand (`npm run workflows:bundle`) that the product's worker loads instead of
     * bundling workflows/ at every start (about 10 s of CPU): a restarted worker polls again within a second or two.
     * It must be built from the code the worker runs.
     */
    WORKFLOW_BUNDLE: z.string().min(1).optional(),
    /** where uploaded materials and issued results are kept, encrypted: DATA_DIR/files, or an S3-compatible bucket */
    FILE_STORE: z.enum(['local', 's3']).default('local'),
    S3_ENDPOINT: z.url().optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** `bucket` in the path rather than the host name: most self-hosted S3-compatible stores need it */
    S3_FORCE_PATH_STYLE: bool.default(true),
    S3_PREFIX: z.string().default(''),
    /** upload limits for a matter's materials, in MB (decimals allowed) */
    MATERIAL_FILE_MAX_MB: megabytes.default(20),
    MATERIAL_MATTER_MAX_MB: megabytes.default(200),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    /** Serve the built console from this folder (vite output) */
    CONSOLE_DIR: z.string().default('admin-ui/dist'),
    ...NOTICE_SETTINGS,
    ...backupConfigShape,
  })
  .refine((c) => !(c.TEMPORAL_TLS_CERT_PATH && !c.TEMPORAL_TLS_KEY_PATH), {
    path: ['TEMPORAL_TLS_KEY_PATH'],
    message: 'required when TEMPORAL_TLS_CERT_PATH is set',
  })
  .refine((c) => c.FILE_STORE !== 's3' || c.S3_BUCKET, { path: ['S3_BUCKET'], message: 'required when FILE_STORE=s3' })
  .refine((c) => !c.S3_ACCESS_KEY_ID === !c.S3_SECRET_ACCESS_KEY, {
    path: ['S3_SECRET_ACCESS_KEY'],
    message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
  })
  .superRefine((c, ctx) => {
    for (const p of noticeSettingsProblems(c)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration (配置错误):\n${lines.join('\n')}`);
}

let cached: Config | undefined;
export function loadConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** The service tasks' retry budget a matter starts with. */
export function serviceRetryOf(config: Config): ServiceRetryBudget {
  return {
    maximumAttempts: config.SERVICE_RETRY_MAX_ATTEMPTS,
    initialIntervalSeconds: config.SERVICE_RETRY_INITIAL_SECONDS,
    maximumIntervalSeconds: Math.max(config.SERVICE_RETRY_MAX_SECONDS, config.SERVICE_RETRY_INITIAL_SECONDS),
  };
}
