import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpSms } from '../../../platform/sms/http-sms';
import { signature, signedHeaders, stringToSign } from '../../../platform/sms/sms-signature';
import { SendFailure } from '../../../platform/notices/send-failure';

const BODY =
  '{"PhoneNumbers":"13800138000","SignName":"便民服务中心","TemplateCode":"SMS_100001","TemplateParam":"{\\"receiptNo\\":\\"SL20261207001\\"}","OutId":"notice-1"}';
const REQUEST = { method: 'post', path: '/sms/send', date: '2026-12-07T01:02:03.000Z', nonce: 'nonce-1', body: BODY };

describe('SMS request signing', () => {
  it('signs the method, path, date, nonce and the body’s SHA-256 (vector computed independently, with Python hmac)', () => {
    expect(stringToSign(REQUEST)).toBe(
      'OW-HMAC-SHA256\nPOST\n/sms/send\n2026-12-07T01:02:03.000Z\nnonce-1\n0ac336bb69906e686b7d06bce2238a655aa6c6af8e2eb59090605230bcb006d6',
    );
    expect(signature('secret-key', REQUEST)).toBe('c0654eb6938ed034509df6a7859d20a70754e82f676d571aeb51039d6a709ded');
  });

  it('changes with every signed part', () => {
    const base = signature('secret-key', REQUEST);
    for (const change of [
      { body: BODY + ' ' },
      { nonce: 'nonce-2' },
      { date: '2026-12-07T01:02:04.000Z' },
      { path: '/x' },
    ])
      expect(signature('secret-key', { ...REQUEST, ...change })).not.toBe(base);
    expect(signature('other-key', REQUEST)).not.toBe(base);
  });

  it('sends the key id, the signature and what it covers as headers', () => {
    const headers = signedHeaders('AK1', 'secret-key', REQUEST);
    expect(headers.authorization).toBe(
      'OW-HMAC-SHA256 Credential=AK1, Signature=c0654eb6938ed034509df6a7859d20a70754e82f676d571aeb51039d6a709ded',
    );
    expect(headers['x-ow-content-sha256']).toBe('0ac336bb69906e686b7d06bce2238a655aa6c6af8e2eb59090605230bcb006d6');
  });
});

/** A provider's endpoint on a local port: it checks the signature like a real one and answers as told. */
describe('the HTTP SMS provider', () => {
  let server: Server;
  let url: string;
  let answer: { status: number; body: unknown } = { status: 200, body: { Code: 'OK', BizId: 'biz-1' } };
  const received: Array<{ body: Record<string, unknown>; verified: boolean }> = [];

  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString('utf8')));
      req.on('end', () => resolve(text));
    });

  beforeAll(async () => {
    server = createServer((req, res) => {
      void read(req).then((body) => {
        const auth = /Credential=(\S+), Signature=([0-9a-f]+)/.exec(String(req.headers.authorization));
        const expected = signature('secret-key', {
          method: req.method!,
          path: req.url!,
          date: String(req.headers['x-ow-date']),
          nonce: String(req.headers['x-ow-nonce']),
          body,
        });
        received.push({ body: JSON.parse(body), verified: auth?.[1] === 'AK1' && auth[2] === expected });
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms/send?v=1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const provider = () =>
    createHttpSms({ url, accessKeyId: 'AK1', accessKeySecret: 'secret-key', signName: '便民服务中心' });
  const message = {
    phone: '13800138000',
    templateCode: 'SMS_100001',
    params: { receiptNo: 'SL20261207001' },
    text: '受理编号 SL20261207001',
    idempotencyKey: 'notice-1',
  };
  const failure = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (e: unknown) => e as SendFailure,
    );

  it('sends a signed request with the template code, its parameters and the notice’s id as OutId', async () => {
    answer = { status: 200, body: { Code: 'OK', BizId: 'biz-1' } };
    await expect(provider().send(message)).resolves.toEqual({ providerRef: 'biz-1' });
    const last = received.at(-1)!;
    expect(last.verified).toBe(true);
    expect(last.body).toEqual({
      PhoneNumbers: '13800138000',
      SignName: '便民服务中心',
      TemplateCode: 'SMS_100001',
      TemplateParam: '{"receiptNo":"SL20261207001"}',
      OutId: 'notice-1',
    });
  });

  it.each([
    [500, { Code: 'InternalError' }, false],
    [429, { Code: 'Throttling' }, false],
    [200, { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发流控' }, false],
    [400, { Code: 'isv.MOBILE_NUMBER_ILLEGAL', Message: '手机号码格式错误' }, true],
    [200, { Code: 'isv.SMS_TEMPLATE_ILLEGAL' }, true],
  ])('answers HTTP %i %j: permanent %s', async (status, body, permanent) => {
    answer = { status, body };
    const e = await failure(provider().send(message));
    expect(e).toBeInstanceOf(SendFailure);
    expect(e?.permanent).toBe(permanent);
    expect(e?.message).toContain(String(status));
  });

  it('tries again later when the endpoint cannot be reached', async () => {
    const down = createHttpSms({
      url: 'http://127.0.0.1:9/x',
      accessKeyId: 'AK1',
      accessKeySecret: 's',
      signName: 'x',
    });
    expect((await failure(down.send(message)))?.permanent).toBe(false);
  });

  it('refuses, for good, a notice whose template has no provider code', async () => {
    const before = received.length;
    const e = await failure(provider().send({ ...message, templateCode: undefined }));
    expect(e?.permanent).toBe(true);
    expect(received.length).toBe(before);
  });
});
