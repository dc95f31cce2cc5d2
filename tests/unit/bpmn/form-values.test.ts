import { conditionValues, formValueProblems, keptValues } from '../../../bpmn/form-values';
import type { FormField } from '../../../bpmn/plan';

const FIELDS: FormField[] = [
  { key: 'surveyDate', label: '勘察日期', type: 'date', required: true },
  { key: 'findings', label: '勘察情况', type: 'text', required: true },
  { key: 'conclusion', label: '勘察结论', type: 'enum', required: true, options: ['符合条件', '不符合条件'] },
  { key: 'area', label: '面积', type: 'number', required: false },
  { key: 'checked', label: '已核验', type: 'boolean', required: false },
];

describe('form values of a step', () => {
  it('accepts values of the right types, and blanks anywhere', () => {
    expect(
      formValueProblems(FIELDS, {
        surveyDate: '2026-12-08',
        findings: '房屋结构完好',
        conclusion: '符合条件',
        area: 120.5,
        checked: false,
      }),
    ).toEqual([]);
    expect(formValueProblems(FIELDS, { findings: '  ', area: null })).toEqual([]);
  });

  it('names every wrong value and every key the form does not have, in both languages', () => {
    const problems = formValueProblems(FIELDS, {
      surveyDate: '08/12/2026',
      conclusion: '也许',
      area: '120',
      checked: 'yes',
      findings: 3,
      nope: 'x',
    });
    expect(problems.map((p) => p.key)).toEqual(['surveyDate', 'conclusion', 'area', 'checked', 'findings', 'nope']);
    expect(problems[0]).toEqual({
      key: 'surveyDate',
      zh: '勘察日期：应为日期（YYYY-MM-DD）',
      en: 'surveyDate: expected a date (YYYY-MM-DD)',
    });
    expect(problems[5].zh).toBe('表单没有字段 nope');
  });

  it('keeps non-blank values, trimmed; passes the workflow only the keys its conditions read', () => {
    const kept = keptValues({ findings: ' 完好 ', area: null, checked: false, conclusion: '' });
    expect(kept).toEqual({ findings: '完好', checked: false });
    expect(conditionValues(['checked', 'conclusion'], { ...kept, conclusion: '符合条件' })).toEqual({
      checked: false,
      conclusion: '符合条件',
    });
  });
});
