import { randomUUID } from 'node:crypto';
import { SendFailure } from '../notices/send-failure';
import { signedHeaders } from './sms-signature';
import type { SmsMessage, SmsProvider } from './sms-provider';

export interface HttpSmsOptions {
  url: string;
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  timeoutMs?: number;
  now?: () => Date;
}

/** Answer codes that mean "not now" rather than "never" (rate limits, a busy gateway). */
const TRANSIENT_CODE = /LIMIT|THROTTL|BUSY|TIMEOUT|UNAVAILABLE/i;

/**
 * An SMS provider's HTTP API, shaped like Aliyun's SendSms and Tencent Cloud's SendSms: a signed POST with the phone
 * number, the sign name, a registered template's code and its parameters (JSON), and OutId = the notice's id; the
 * answer `{ Code: "OK", BizId }` or an error code. Network errors, 5xx and 429 are tried again; other refusals fail
 * the notice with the provider's reason.
 */
export function createHttpSms(options: HttpSmsOptions): SmsProvider {
  const url = new URL(options.url);
  const now = options.now ?? (() => new Date());
  return {
    name: 'sms-http',
    recordOnly: false,
    async send(message: SmsMessage) {
      if (!message.templateCode)
        throw new SendFailure(
          '该通知的模板未填写短信服务商模板编号 / the notice template has no SMS provider template code',
          true,
        );
      const body = JSON.stringify({
        PhoneNumbers: message.phone,
        SignName: options.signName,
        TemplateCode: message.templateCode,
        TemplateParam: JSON.stringify(message.params),
        OutId: message.idempotencyKey,
      });
      const headers = signedHeaders(options.accessKeyId, options.accessKeySecret, {
        method: 'POST',
        path: url.pathname + url.search,
        date: now().toISOString(),
        nonce: randomUUID(),
        body,
      });
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
      } catch (e) {
        throw new SendFailure(`短信服务不可达 / SMS endpoint unreachable: ${(e as Error).message}`, false);
      }
      const answer = (await res.json().catch(() => ({}))) as { Code?: string; Message?: string; BizId?: string };
      if (res.ok && answer.Code === 'OK') return { providerRef: answer.BizId };
      const reason = `短信服务拒绝 / SMS provider refused: HTTP ${res.status} ${answer.Code ?? ''} ${answer.Message ?? ''}`;
      const transient = res.status >= 500 || res.status === 429 || TRANSIENT_CODE.test(answer.Code ?? '');
      throw new SendFailure(reason.trim(), !transient);
    },
  };
}
