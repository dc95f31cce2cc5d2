import { designedFormProblems, readFormSchema } from '../../../bpmn/form-schema';

const schema = (components: unknown[]) => JSON.stringify({ type: 'default', id: 'Form_1', components });

const FORM = readFormSchema(
  schema([
    { type: 'text', text: '# 勘察', id: 't' },
    {
      type: 'number',
      key: 'area',
      label: '面积',
      decimalDigits: 1,
      validate: { required: true, min: 1, max: 500 },
    },
    {
      type: 'radio',
      key: 'result',
      label: '结论',
      values: [
        { label: '符合', value: 'pass' },
        { label: '不符合', value: 'fail' },
      ],
    },
    { type: 'checkbox', key: 'confirmed', label: '已核实', validate: { required: true } },
    { type: 'datetime', subtype: 'date', key: 'day', dateLabel: '日期' },
    { type: 'datetime', subtype: 'time', key: 'at', label: '时间' },
    {
      type: 'textfield',
      key: 'code',
      label: '编号',
      validate: {
        minLength: 2,
        maxLength: 6,
        pattern: '^[A-Z]+\\d*$',
        patternErrorMessage: '编号格式：大写字母加数字',
      },
    },
    { type: 'textfield', key: 'mail', label: '邮箱', validate: { validationType: 'email' } },
    { type: 'textarea', key: 'note', label: '备注' },
  ]),
);

describe('a form-js schema read as form fields', () => {
  it('reads input fields with their rules, skips what only displays', () => {
    expect(FORM.problems).toEqual([]);
    expect(FORM.fields.map((f) => [f.key, f.type, f.required])).toEqual([
      ['area', 'number', true],
      ['result', 'enum', false],
      ['confirmed', 'boolean', true],
      ['day', 'date', false],
      ['at', 'string', false],
      ['code', 'string', false],
      ['mail', 'string', false],
      ['note', 'text', false],
    ]);
    expect(FORM.fields[0].rules).toEqual({ min: 1, max: 500, decimalDigits: 1 });
    expect(FORM.fields[1].options).toEqual(['pass', 'fail']);
    expect(FORM.fields[3].label).toBe('日期');
    expect(FORM.fields[4].rules).toEqual({ format: 'time' });
  });

  it('reads the fields of a group without a data path', () => {
    const { fields, problems } = readFormSchema(
      schema([{ type: 'group', components: [{ type: 'textfield', key: 'inner', label: '内' }] }]),
    );
    expect(problems).toEqual([]);
    expect(fields.map((f) => f.key)).toEqual(['inner']);
  });

  it('names what the server could not enforce, each problem in both languages', () => {
    const { problems } = readFormSchema(
      schema([
        { type: 'checklist', key: 'many', values: [{ label: 'a', value: 'a' }] },
        { type: 'select', key: 'dynamic', valuesKey: 'options' },
        { type: 'textfield', key: 'a.b' },
        { type: 'textfield', key: 'dup' },
        { type: 'textfield', key: 'dup' },
        { type: 'number', key: 'n', validate: { min: '=limit' } },
        { type: 'textfield', key: 'p', validate: { pattern: '([' } },
        { type: 'group', path: 'nested', components: [] },
      ]),
    );
    expect(problems).toHaveLength(7);
    expect(problems.map((p) => p.en).join('\n')).toMatch(
      /checklist[\s\S]*dynamic[\s\S]*a\.b[\s\S]*dup[\s\S]*min[\s\S]*\(\[[\s\S]*path/,
    );
    for (const p of problems) expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses what is no form-js schema', () => {
    expect(readFormSchema('{not json').problems[0].en).toBe('The form definition is not valid JSON');
    expect(readFormSchema('{"components":[]}').problems[0].en).toBe('The form definition is not a form-js form');
  });

  it('warns that a conditionally hidden field is not required on the server', () => {
    const { fields, problems } = readFormSchema(
      schema([{ type: 'textfield', key: 'x', validate: { required: true }, conditional: { hide: '=y' } }]),
    );
    expect(fields[0].required).toBe(false);
    expect(problems).toEqual([expect.objectContaining({ warning: true })]);
  });
});

describe('values checked against a designed form', () => {
  const good = { area: 120.5, result: 'pass', confirmed: true, day: '2026-12-08', at: '09:30', code: 'AB12' };

  it('accepts good values and blanks in fields that are not required', () => {
    expect(designedFormProblems(FORM.fields, good)).toEqual([]);
    expect(designedFormProblems(FORM.fields, { ...good, result: null, code: '', note: '  ' })).toEqual([]);
  });

  it('refuses a required field left empty, an unticked required checkbox included, naming it', () => {
    expect(designedFormProblems(FORM.fields, { ...good, area: null, confirmed: false })).toEqual([
      { key: 'area', zh: '面积：必填', en: 'area: required' },
      { key: 'confirmed', zh: '已核实：必填', en: 'confirmed: required' },
    ]);
  });

  it('counts a key filled elsewhere as filled (the workflow sees a submission by its keys)', () => {
    expect(designedFormProblems(FORM.fields, {}, ['area', 'confirmed'])).toEqual([]);
  });

  it.each([
    [{ area: 0.5 }, '面积：不能小于 1', 'area: must be at least 1'],
    [{ area: 501 }, '面积：不能大于 500', 'area: must be at most 500'],
    [{ area: 1.25 }, '面积：最多 1 位小数', 'area: may have at most 1 decimal digits'],
    [{ area: '12' }, '面积：应为数字', 'area: expected a number'],
    [{ result: 'maybe' }, '结论：应为 pass、fail 之一', 'result: expected one of pass, fail'],
    [{ confirmed: 'yes' }, '已核实：应为是或否', 'confirmed: expected true or false'],
    [{ day: '08/12/2026' }, '日期：应为日期（YYYY-MM-DD）', 'day: expected a date (YYYY-MM-DD)'],
    [{ at: '9.30' }, '时间：应为时间（HH:MM）', 'at: expected a time (HH:MM)'],
    [{ code: 'A' }, '编号：至少 2 个字', 'code: needs at least 2 characters'],
    [{ code: 'ABCDEFG' }, '编号：最多 6 个字', 'code: may have at most 6 characters'],
    [{ code: 'ab1' }, '编号：编号格式：大写字母加数字', 'code: 编号格式：大写字母加数字'],
    [{ mail: 'not-mail' }, '邮箱：应为有效的电子邮箱地址', 'mail: expected a valid e-mail address'],
    [{ other: 'x' }, '表单没有字段 other', 'the form has no field other'],
  ])('refuses %j', (change, zh, en) => {
    expect(designedFormProblems(FORM.fields, { ...good, ...change })).toEqual([expect.objectContaining({ zh, en })]);
  });

  it('counts decimals of numbers JavaScript writes with an exponent', () => {
    const [whole] = readFormSchema(schema([{ type: 'number', key: 'n', decimalDigits: 0 }])).fields;
    expect(designedFormProblems([whole], { n: 1e-7 })).toEqual([
      { key: 'n', zh: 'n：应为整数', en: 'n: must be a whole number' },
    ]);
    expect(designedFormProblems([whole], { n: 1e21 })).toEqual([]);
  });
});
