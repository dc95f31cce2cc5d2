import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CARRIERS, carrierOf, checkMailWaybill, deliveryFormProblem, deliveryMethodOf } from '../../../domain/delivery';

describe('mail waybills', () => {
  it('take the carrier by code or Chinese name and normalise the number', () => {
    expect(checkMailWaybill('EMS', ' ea 123456789 cn ')).toEqual({
      ok: true,
      carrier: carrierOf('EMS'),
      trackingNo: 'EA123456789CN',
    });
    expect(checkMailWaybill('顺丰速运', 'SF1234567890123')).toMatchObject({ ok: true, trackingNo: 'SF1234567890123' });
    expect(checkMailWaybill('中国邮政EMS', '1012345678901')).toMatchObject({ ok: true });
  });

  it('refuse an unknown carrier, a missing number and a number of another shape, in both languages', () => {
    const problems = [
      checkMailWaybill('DHL', 'EA123456789CN'),
      checkMailWaybill('EMS', ''),
      checkMailWaybill('EMS', 'EMS1234567890'),
      checkMailWaybill('SF', 'EA123456789CN'),
    ];
    for (const checked of problems) {
      expect(checked.ok).toBe(false);
      if (!checked.ok) {
        expect(checked.problem.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(checked.problem.en).toMatch(/[a-z]/);
      }
    }
    const wrongShape = checkMailWaybill('EMS', 'EMS1234567890');
    expect(!wrongShape.ok && wrongShape.problem.zh).toContain('EA123456789CN');
  });

  it('are needed by the deliver step for free mail only', () => {
    expect(deliveryFormProblem({ deliveryMethod: '窗口领取', signedBy: '张三' })).toBeUndefined();
    expect(deliveryFormProblem({ deliveryMethod: '免费邮寄' })).toBeDefined();
    expect(deliveryFormProblem({ deliveryMethod: '免费邮寄', carrier: '中国邮政EMS', trackingNo: 'x' })).toBeDefined();
    expect(
      deliveryFormProblem({ deliveryMethod: '免费邮寄', carrier: '中国邮政EMS', trackingNo: 'EA123456789CN' }),
    ).toBeUndefined();
    expect(deliveryMethodOf('自助终端')).toBe('TERMINAL');
  });

  it('offer in the seeded deliver steps exactly the carriers the check knows', () => {
    const dir = path.resolve(__dirname, '../../../bpmn/procedures');
    const offered = readdirSync(dir)
      .map((file) => readFileSync(path.join(dir, file), 'utf8'))
      .flatMap((xml) => [...xml.matchAll(/key="carrier"[^>]*options="([^"]*)"/g)].map((m) => m[1]));
    expect(offered.length).toBeGreaterThan(0);
    for (const options of offered) expect(options.split(',')).toEqual(CARRIERS.map((c) => c.zh));
  });
});
