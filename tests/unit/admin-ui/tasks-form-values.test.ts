import {
  countdown,
  designedFormData,
  initialValues,
  missingRequired,
  toFormData,
} from '../../../admin-ui/src/tasks/form-values';
import type { FormField } from '../../../admin-ui/src/tasks/types';

const fields: FormField[] = [
  { key: 'opinion', label: '审核意见', type: 'text', required: true },
  { key: 'area', label: '面积', type: 'number', required: false },
  { key: 'ok', label: '现场符合', type: 'boolean', required: true },
  { key: 'level', label: '等级', type: 'enum', required: true, options: ['一级', '二级'] },
];

describe('task form values', () => {
  test('start empty, booleans unticked', () => {
    expect(initialValues(fields)).toEqual({ opinion: '', area: '', ok: false, level: '' });
  });

  test('required fields must be filled; booleans count as answered', () => {
    expect(missingRequired(fields, initialValues(fields))).toEqual(['opinion', 'level']);
    expect(missingRequired(fields, { opinion: '同意', area: '', ok: false, level: '一级' })).toEqual([]);
  });

  test('numbers become numbers, empty optional fields are left out', () => {
    expect(toFormData(fields, { opinion: ' 同意 ', area: '', ok: true, level: '二级' })).toEqual({
      opinion: '同意',
      ok: true,
      level: '二级',
    });
    expect(toFormData(fields, { opinion: 'x', area: '120.5', ok: false, level: '一级' }).area).toBe(120.5);
  });

  test('countdown in days and hours, either side of the due time', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    expect(countdown('2026-05-03T05:30:00Z', now)).toEqual({ overdue: false, days: 2, hours: 5 });
    expect(countdown('2026-04-30T20:00:00Z', now)).toEqual({ overdue: true, days: 0, hours: 4 });
  });
});

describe('what a form-js form submitted, as form values', () => {
  const designed: FormField[] = [
    { key: 'amount', label: '金额', type: 'number', required: true },
    { key: 'note', label: '备注', type: 'text', required: false },
  ];

  it('keeps the form fields only, and a number kept as text becomes a number', () => {
    expect(designedFormData(designed, { amount: '12.5', note: '好', Field_1abc: 'x' })).toEqual({
      amount: 12.5,
      note: '好',
    });
    expect(designedFormData(designed, { amount: 'abc', note: null })).toEqual({ amount: 'abc', note: null });
  });
});
