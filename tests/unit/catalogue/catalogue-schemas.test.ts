import { ZCreateItemSchema, ZUpdateItemSchema } from '../../../api/catalogue/catalogue.types';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('catalogue schemas', () => {
  it('defaults fee, co-departments, materials and active on create', () => {
    const item = ZCreateItemSchema.parse({
      code: 'AB-001',
      name: '事项',
      kind: 'PROMISED',
      leadDepartmentCode: 'MINZHENG',
      legalBasis: '依据',
      conditions: '条件',
      promisedDays: 1,
      statutoryDays: 2,
      deliveryMethods: ['ONSITE'],
      procedureKey: 'promised',
    });
    expect(item).toMatchObject({ feeText: '不收费', coDepartmentCodes: [], materials: [], active: true });
  });

  it('answers in Chinese for missing and malformed fields', () => {
    expect(messages(ZCreateItemSchema.safeParse({ code: 'ab' }))).toEqual(
      expect.arrayContaining([
        '事项编码应为大写字母、数字或连字符，如 MZ-001',
        '请填写事项名称',
        '办件类型应为 IMMEDIATE、PROMISED、JOINT 或 REPORTED',
        '承诺时限应为数字',
        '请选择送达方式',
      ]),
    );
    expect(messages(ZUpdateItemSchema.safeParse({ promisedDays: -1, deliveryMethods: [] }))).toEqual([
      '承诺时限不能为负数',
      '请至少选择一种送达方式',
    ]);
  });
});
