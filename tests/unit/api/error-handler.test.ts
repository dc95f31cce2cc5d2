import type { Request, Response } from 'express';
import { z } from 'zod';
import { zLine, zName } from '../../../api/shared/text';
import { errorHandler } from '../../../api/middleware/error-handler';
import type { Logger } from '../../../platform/logger';
import { fileNotFound, fileTooLarge } from '../../../platform/file-store';

const logger = { info: jest.fn(), warn: jest.fn(), error: jest.fn(), debug: jest.fn() } as unknown as Logger;

async function answer(err: unknown) {
  let status = 0;
  let body: any;
  const res = {
    status: (s: number) => ((status = s), res),
    json: (b: unknown) => ((body = b), res),
  } as unknown as Response;
  await errorHandler(logger)(
    err,
    { path: '/api/matters', method: 'GET', originalUrl: '/api/matters' } as Request,
    res,
    () => undefined,
  );
  return { status, body };
}

describe('error handler', () => {
  test.each([
    [
      'Prisma cannot reach the server (P1001)',
      Object.assign(new Error("Can't reach database server"), { code: 'P1001' }),
    ],
    [
      'driver adapter: shutting down (57P01)',
      Object.assign(new Error('the database system is shutting down'), {
        name: 'DriverAdapterError',
        cause: { kind: 'postgres', code: '57P01' },
      }),
    ],
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    [
      'the Unix socket is gone',
      Object.assign(new Error('connect ENOENT /data/postgres/.s.PGSQL.5432'), { code: 'ENOENT', syscall: 'connect' }),
    ],
  ])('a database outage is a clean 503: %s', async (_name, err) => {
    const { status, body } = await answer(err);
    expect(status).toBe(503);
    expect(body.error).toEqual({
      code: 'UNAVAILABLE',
      message: '数据库暂不可用，请稍后重试',
      messageEn: 'The database is unavailable, try again later',
    });
  });

  test('a missing file is not an outage', async () => {
    expect(
      (await answer(Object.assign(new Error("ENOENT: no such file, open 'x'"), { code: 'ENOENT', syscall: 'open' })))
        .status,
    ).toBe(500);
  });

  test("the file store's refusals keep their status and both messages", async () => {
    const { status, body } = await answer(fileTooLarge(1024 * 1024));
    expect(status).toBe(413);
    expect(body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', messageEn: expect.stringContaining('1 MB') });
    expect((await answer(fileNotFound())).status).toBe(404);
  });

  test('invalid input is a 400 naming each field with its reason in Chinese and English', async () => {
    const schema = z.object({ name: zName().max(3, '姓名过长'), count: z.number(), note: zLine() });
    const parsed = schema.safeParse({ name: '欧阳娜娜娜', note: 'a\u0000' });
    const { status, body } = await answer(parsed.error);
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: 'VALIDATION',
      message: '输入有误：name, count, note',
      messageEn: 'Invalid input: name, count, note',
      details: [
        { path: 'name', message: '姓名过长', messageEn: 'Too big: expected string to have <=3 characters' },
        { path: 'count', message: expect.any(String), messageEn: 'Invalid input: expected number' },
        {
          path: 'note',
          message: '不能包含控制字符（如 NUL）',
          messageEn: 'must not contain control characters (such as NUL)',
        },
      ],
    });
  });

  test('anything else is a generic 500 without internals', async () => {
    const { status, body } = await answer(new Error('secret internals at line 42'));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('secret');
  });
});
