import nodemailer from 'nodemailer';
import { SendFailure } from '../notices/send-failure';

export interface SmtpOptions {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  pass?: string;
  from: string;
  /** parallel connections kept open (the dispatcher's concurrency) */
  connections: number;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** the notice's id: the Message-ID is built from it, so a message sent again is the same message */
  idempotencyKey: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ providerRef: string }>;
  close(): void;
}

/** The domain of the sender address, for Message-IDs (`<id@domain>`). */
export function senderDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split('@')[1]?.trim() || 'onewindow.local';
}

export const messageIdOf = (idempotencyKey: string, from: string) => `<${idempotencyKey}@${senderDomain(from)}>`;

/** Connection trouble and 4xx answers pass; 5xx answers (a refused address or message) do not. */
function failureOf(e: unknown): SendFailure {
  const err = e as { responseCode?: number; code?: string; message?: string };
  const permanent = typeof err.responseCode === 'number' && err.responseCode >= 500;
  return new SendFailure(`SMTP: ${err.code ? `${err.code} ` : ''}${err.message ?? String(e)}`, permanent);
}

/** E-mail over SMTP (nodemailer), pooled connections, with timeouts well inside a dispatcher's lease. */
export function createSmtpMailer(options: SmtpOptions): Mailer {
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    auth: options.user ? { user: options.user, pass: options.pass } : undefined,
    pool: true,
    maxConnections: options.connections,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      const messageId = messageIdOf(mail.idempotencyKey, options.from);
      try {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          messageId,
          headers: { 'X-OneWindow-Notice': mail.idempotencyKey },
        });
      } catch (e) {
        throw failureOf(e);
      }
      return { providerRef: messageId };
    },
    close: () => transport.close(),
  };
}
