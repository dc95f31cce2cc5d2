import { priceFees, type FeeStandardLine } from '../../../domain/fees';

const CERT: FeeStandardLine = {
  code: 'CERT',
  name: '证书工本费',
  amountFen: 1000,
  unit: '每本',
  basis: '发改价格规〔2016〕2559号',
};
const REG: FeeStandardLine = { code: 'REG', name: '登记费', amountFen: 8000, unit: '每件', basis: '同上' };

describe('priceFees (收费)', () => {
  test('lines are priced by the standards times the quantity; collected defaults to due', () => {
    const priced = priceFees(
      [CERT, REG],
      [
        { code: 'CERT', quantity: 2 },
        { code: 'REG', quantity: 1 },
      ],
      {},
    );
    expect(priced).toEqual({
      ok: true,
      lines: [
        { ...CERT, quantity: 2, subtotalFen: 2000 },
        { ...REG, quantity: 1, subtotalFen: 8000 },
      ],
      dueFen: 10_000,
      paidFen: 10_000,
      exemptFen: 0,
    });
  });

  test('less than due is an exemption and needs its reason', () => {
    expect(priceFees([CERT], [{ code: 'CERT', quantity: 1 }], { paidFen: 0 })).toEqual({
      ok: false,
      problems: [{ path: 'exemptReason', zh: '减免收费须写明理由', en: 'An exemption needs its reason' }],
    });
    expect(priceFees([CERT], [{ code: 'CERT', quantity: 1 }], { paidFen: 0, exemptReason: '低保户' })).toMatchObject({
      ok: true,
      paidFen: 0,
      exemptFen: 1000,
    });
  });

  test('more than due, unknown or repeated lines, and a free item are refused with every problem at once', () => {
    const priced = priceFees(
      [CERT],
      [
        { code: 'CERT', quantity: 1 },
        { code: 'CERT', quantity: 1 },
        { code: 'NOPE', quantity: 1 },
      ],
      { paidFen: 99_999 },
    );
    expect(priced.ok).toBe(false);
    expect(!priced.ok && priced.problems.map((p) => p.zh)).toEqual([
      '收费项目 CERT 重复',
      '收费项目 NOPE 不在收费标准中',
      '实收金额不能超过应收金额',
    ]);
    expect(priceFees([], [{ code: 'CERT', quantity: 1 }], {})).toEqual({
      ok: false,
      problems: [{ path: 'lines', zh: '该事项不收费', en: 'This item charges no fees' }],
    });
  });
});
