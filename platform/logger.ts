import { maskSensitive } from './mask-sensitive';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

/** JSON lines on stdout; every line passes through the masker so no ID or phone number reaches a log. */
export function createLogger(name: string, level: Level = 'info'): Logger {
  const write = (l: Level) => (msg: string, data?: Record<string, unknown>) => {
    if (ORDER[l] < ORDER[level]) return;
    const line = JSON.stringify({ t: new Date().toISOString(), level: l, name, msg, ...data });
    (l === 'error' || l === 'warn' ? process.stderr : process.stdout).write(`${maskSensitive(line)}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
