/**
 * Issue 26 item 4 in the interpreter: a user task whose form was designed with form-js (a Camunda 8 embedded form)
 * has its complete Update refused while the values break the form's rules, and accepted once they keep them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileBpmn } from '../../bpmn/compiler';
import { claimTask, completeTask } from '../../workflows/procedure-contract';
import { useWorkflowTestBed } from '../support/workflow-env';
import { approver, eventually, refusal, startMatter } from './helpers';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

function surveyPlan() {
  const xml = readFileSync(path.resolve(__dirname, '../fixtures/bpmn/camunda8-embedded-form.bpmn'), 'utf8');
  const compiled = compileBpmn(xml);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.plan;
}

test('a task with a form-js form refuses values breaking its rules, naming the field, and accepts good ones', async () => {
  const m = await startMatter(bed, surveyPlan());
  const survey = await m.task('Activity_survey');
  await m.handle.executeUpdate(claimTask, { args: [{ taskKey: survey.taskKey, actor: approver }] });
  const complete = (formData: Record<string, unknown>) =>
    m.handle.executeUpdate(completeTask, {
      args: [{ taskKey: survey.taskKey, actor: approver, decision: 'complete', formData }],
    });
  const good = { area: 86.5, result: 'pass', surveyDate: '2026-12-08', phone: '13800138000', photographed: true };

  expect(await refusal(complete({ ...good, area: 501 }))).toMatchObject({
    code: 'FORM_VALUES_INVALID',
    zh: '勘察面积（平方米）：不能大于 500',
    en: 'area: must be at most 500',
  });
  expect(await refusal(complete({ ...good, result: 'maybe', phone: '12345' }))).toMatchObject({
    zh: '勘察结论：应为 pass、fail 之一；联系电话：手机号应为 11 位',
  });
  expect(await refusal(complete({ ...good, surveyDate: null }))).toMatchObject({ zh: '勘察日期：必填' });
  // a refused Update leaves the task where it was
  expect((await m.state()).tasks.map((t) => t.state)).toEqual(['CLAIMED']);

  await complete(good);
  await eventually('the matter completed', async () => (await m.state()).status === 'COMPLETED');
});

test('with a submission, a required field the workflow does not see counts as filled by the submission', async () => {
  const m = await startMatter(bed, surveyPlan());
  const survey = await m.task('Activity_survey');
  await m.handle.executeUpdate(claimTask, { args: [{ taskKey: survey.taskKey, actor: approver }] });
  const submission = (filled: string[]) => ({ id: 'submission-1', filled, opinion: false });
  const complete = (filled: string[]) =>
    m.handle.executeUpdate(completeTask, {
      args: [{ taskKey: survey.taskKey, actor: approver, decision: 'complete', submission: submission(filled) }],
    });

  expect(await refusal(complete(['area', 'result']))).toMatchObject({ zh: '勘察日期：必填' });
  await complete(['area', 'result', 'surveyDate']);
  await eventually('the matter completed', async () => (await m.state()).status === 'COMPLETED');
});
