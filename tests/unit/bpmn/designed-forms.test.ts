import { readFileSync } from 'node:fs';
import path from 'node:path';
import { codesAt, definitions, end, exclusive, flow, planOf, problemsOf, start } from './diagram';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../fixtures/bpmn', name), 'utf8');
const ZEEBE = 'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"';
const OW_TASK = '<ow:Candidates department="$lead" role="APPROVER"/><ow:Step kind="approve"/>';

const withForm = (formKey: string, body: string, taskExtras = '') =>
  definitions(
    `<bpmn:extensionElements><zeebe:userTaskForm id="Form_A">${body}</zeebe:userTaskForm></bpmn:extensionElements>` +
      start() +
      `<bpmn:userTask id="Task"><bpmn:extensionElements><zeebe:formDefinition formKey="${formKey}"/>${OW_TASK}${taskExtras}</bpmn:extensionElements></bpmn:userTask>` +
      end() +
      flow('F1', 'Start', 'Task') +
      flow('F2', 'Task', 'End'),
  ).replace('<bpmn:definitions ', `<bpmn:definitions ${ZEEBE} `);

const schema = (components: unknown[]) =>
  JSON.stringify({ type: 'default', id: 'F', components }).replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('forms designed with form-js (Camunda 8 embedded forms)', () => {
  it('a Camunda Modeler diagram with an embedded form compiles: the schema and its fields go into the plan', () => {
    const { plan, warnings } = planOf(fixture('camunda8-embedded-form.bpmn'));
    expect(warnings).toEqual([]);
    const task = plan.nodes.Activity_survey;
    expect(task).toMatchObject({
      type: 'userTask',
      designedForm: { formKey: 'camunda-forms:bpmn:UserTaskForm_2k5b1d8', schema: { id: 'Form_survey' } },
    });
    if (task.type !== 'userTask') throw new Error('not a user task');
    expect(task.formFields.map((f) => f.key)).toEqual(['area', 'result', 'surveyDate', 'phone', 'photographed']);
    expect(task.formFields[3].rules).toEqual({ pattern: '^1\\d{10}$', patternMessage: '手机号应为 11 位' });
    // plans stay JSON: what is stored is what runs
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('reads entity-escaped JSON (as bpmn-js writes quotes it was given)', () => {
    const body = schema([{ type: 'number', key: 'amount', label: '金额', validate: { required: true } }]).replace(
      /"/g,
      '&quot;',
    );
    const { plan } = planOf(withForm('camunda-forms:bpmn:Form_A', body));
    expect(plan.nodes.Task).toMatchObject({ formFields: [{ key: 'amount', type: 'number', required: true }] });
  });

  it("conditions read a designed form's typed fields, and are refused on its free-text ones", () => {
    const body = schema([
      { type: 'number', key: 'amount', label: '金额' },
      { type: 'textfield', key: 'note', label: '备注' },
    ]);
    const routed = (condition: string) =>
      definitions(
        `<bpmn:extensionElements><zeebe:userTaskForm id="Form_A">${body}</zeebe:userTaskForm></bpmn:extensionElements>` +
          start() +
          `<bpmn:userTask id="Task"><bpmn:extensionElements><zeebe:formDefinition formKey="camunda-forms:bpmn:Form_A"/>${OW_TASK}</bpmn:extensionElements></bpmn:userTask>` +
          exclusive('Route', 'F_small') +
          end('Big') +
          end('Small') +
          flow('F1', 'Start', 'Task') +
          flow('F2', 'Task', 'Route') +
          flow('F_big', 'Route', 'Big', condition) +
          flow('F_small', 'Route', 'Small'),
      ).replace('<bpmn:definitions ', `<bpmn:definitions ${ZEEBE} `);
    expect(planOf(routed('form.amount &gt;= 100')).plan.conditionFormKeys).toEqual(['amount']);
    expect(codesAt(problemsOf(routed('form.note == "x"')))).toContain('CONDITION_READS_FREE_TEXT@F_big');
  });

  it('refuses a linked or external form, a missing form, a form with ow:FormField, and a bad schema', () => {
    const ok = schema([{ type: 'textfield', key: 'x' }]);
    expect(codesAt(problemsOf(withForm('Form_A', ok)))).toEqual(['DESIGNED_FORM_INVALID@Task']);
    expect(problemsOf(withForm('camunda-forms:bpmn:Other', ok))[0].messageEn).toBe(
      'The form Other (zeebe:userTaskForm) is not in the diagram',
    );
    expect(
      problemsOf(withForm('camunda-forms:bpmn:Form_A', ok, '<ow:FormField key="y" label="y" type="string"/>'))[0]
        .messageZh,
    ).toMatch(/只能用其中一种/);
    const bad = problemsOf(withForm('camunda-forms:bpmn:Form_A', schema([{ type: 'filepicker', key: 'f' }])));
    expect(bad[0]).toMatchObject({ code: 'DESIGNED_FORM_INVALID', elementId: 'Task' });
    expect(bad[0].messageEn).toMatch(/filepicker/);
  });
});
