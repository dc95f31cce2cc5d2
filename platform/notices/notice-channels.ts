import type { Config } from '../config';
import type { Db } from '../db';
import type { Logger } from '../logger';
import { createPiiCipher } from '../pii';
import { createSmtpMailer } from '../mail/smtp-mailer';
import { createHttpSms } from '../sms/http-sms';
import { recordOnlySms } from '../sms/sms-provider';
import { createNoticeDispatcher, type NoticeDispatcher } from './dispatcher';

/** The dispatcher with the channels the configuration names: SMTP when SMTP_HOST is set, the SMS provider chosen. */
export function noticeDispatcherFromConfig(deps: { db: Db; config: Config; logger: Logger }): NoticeDispatcher {
  const { config } = deps;
  const mailer = config.SMTP_HOST
    ? createSmtpMailer({
        host: config.SMTP_HOST,
        port: config.SMTP_PORT,
        secure: config.SMTP_SECURE,
        user: config.SMTP_USER,
        pass: config.SMTP_PASS,
        from: config.SMTP_FROM,
        connections: config.NOTICE_CONCURRENCY,
      })
    : undefined;
  const sms =
    config.SMS_PROVIDER === 'http'
      ? createHttpSms({
          url: config.SMS_HTTP_URL!,
          accessKeyId: config.SMS_ACCESS_KEY_ID!,
          accessKeySecret: config.SMS_ACCESS_KEY_SECRET!,
          signName: config.SMS_SIGN_NAME,
        })
      : recordOnlySms;
  return createNoticeDispatcher({ ...deps, pii: createPiiCipher(config.PII_KEY), mailer, sms });
}
