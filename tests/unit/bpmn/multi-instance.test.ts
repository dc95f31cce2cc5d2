import { codesAt, definitions, end, flow, planOf, problemsOf, start } from './diagram';

const ZEEBE = 'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"';
const CAMUNDA = 'xmlns:camunda="http://camunda.org/schema/1.0/bpmn"';
const withVendors = (body: string) =>
  definitions(body).replace('<bpmn:definitions ', `<bpmn:definitions ${ZEEBE} ${CAMUNDA} `);

const signTask = (loop: string, department = '${dept}') =>
  `<bpmn:userTask id="Sign"><bpmn:extensionElements><ow:Candidates department="${department}"/><ow:Step kind="joint"/></bpmn:extensionElements>${loop}</bpmn:userTask>`;
const around = (task: string) =>
  withVendors(start() + task + end() + flow('F1', 'Start', 'Sign') + flow('F2', 'Sign', 'End'));

describe('multi-instance', () => {
  it('reads Camunda 8 loop characteristics: collection, element, output and completion condition (或签)', () => {
    const { plan } = planOf(
      around(
        signTask(
          '<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements>' +
            '<zeebe:loopCharacteristics inputCollection="=matter.coDepartmentCodes" inputElement="dept" outputCollection="opinions"/>' +
            '</bpmn:extensionElements><bpmn:completionCondition xsi:type="bpmn:tFormalExpression">=nrOfCompletedInstances &gt;= 1</bpmn:completionCondition>' +
            '</bpmn:multiInstanceLoopCharacteristics>',
        ),
      ),
    );
    expect(plan.nodes.Sign).toMatchObject({
      type: 'userTask',
      candidateDepartment: '${dept}',
      multiInstance: {
        sequential: false,
        collection: { kind: 'path', path: ['matter', 'coDepartmentCodes'] },
        elementVariable: 'dept',
        outputCollection: 'opinions',
        completionCondition: { kind: 'feel', source: 'nrOfCompletedInstances >= 1' },
        completionConditionSource: '=nrOfCompletedInstances >= 1',
      },
    });
  });

  it('reads a multi-instance service task, its parameters reading the element', () => {
    const xml = withVendors(
      start() +
        '<bpmn:serviceTask id="Sign"><bpmn:extensionElements><ow:ServiceCall activity="notify"><ow:Param name="kind" value="${kind}"/></ow:ServiceCall></bpmn:extensionElements>' +
        '<bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:extensionElements>' +
        '<zeebe:loopCharacteristics inputCollection="=form.kinds" inputElement="kind" outputCollection="sent"/>' +
        '</bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>' +
        end() +
        flow('F1', 'Start', 'Sign') +
        flow('F2', 'Sign', 'End'),
    );
    expect(planOf(xml).plan.nodes.Sign).toMatchObject({
      type: 'serviceTask',
      activity: 'notify',
      params: { kind: '${kind}' },
      multiInstance: {
        sequential: true,
        collection: { path: ['form', 'kinds'] },
        elementVariable: 'kind',
        outputCollection: 'sent',
      },
    });
  });

  it('reads Camunda 7 attributes, sequential, on a sub-process whose inner task reads the element', () => {
    const xml = withVendors(
      start() +
        '<bpmn:subProcess id="Each"><bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${form.departments}" camunda:elementVariable="dept"/>' +
        start('In') +
        '<bpmn:userTask id="Review"><bpmn:extensionElements><ow:Candidates department="${dept}"/><ow:Step kind="review"/></bpmn:extensionElements></bpmn:userTask>' +
        '<bpmn:endEvent id="InEnd"/>' +
        flow('I1', 'In', 'Review') +
        flow('I2', 'Review', 'InEnd') +
        '</bpmn:subProcess>' +
        end() +
        flow('F1', 'Start', 'Each') +
        flow('F2', 'Each', 'End'),
    );
    const { plan } = planOf(xml);
    expect(plan.nodes.Each).toMatchObject({
      type: 'subProcess',
      multiInstance: { sequential: true, collection: { path: ['form', 'departments'] }, elementVariable: 'dept' },
    });
    expect(plan.nodes.Review).toMatchObject({ candidateDepartment: '${dept}' });
  });

  it('reports a missing or non-path collection, a bad condition, an unknown variable and loops elsewhere', () => {
    const mi = (attrs: string, inner = '') =>
      `<bpmn:multiInstanceLoopCharacteristics ${attrs}>${inner}</bpmn:multiInstanceLoopCharacteristics>`;
    const task = (id: string, loop: string, department = '$lead') =>
      `<bpmn:userTask id="${id}"><bpmn:extensionElements><ow:Candidates department="${department}"/><ow:Step kind="joint"/></bpmn:extensionElements>${loop}</bpmn:userTask>`;
    const xml = withVendors(
      start() +
        task('NoCollection', mi('')) +
        task('NotPath', mi('camunda:collection="${decision == 1}"')) +
        task(
          'BadCondition',
          mi(
            'camunda:collection="matter.coDepartmentCodes"',
            '<bpmn:completionCondition>nrOf &gt;&gt;</bpmn:completionCondition>',
          ),
        ) +
        task(
          'UnknownVar',
          mi('camunda:collection="matter.coDepartmentCodes" camunda:elementVariable="dept"'),
          '${other}',
        ) +
        '<bpmn:manualTask id="Looped">' +
        mi('camunda:collection="matter.coDepartmentCodes"') +
        '</bpmn:manualTask>' +
        end() +
        flow('F1', 'Start', 'NoCollection') +
        flow('F2', 'NoCollection', 'NotPath') +
        flow('F3', 'NotPath', 'BadCondition') +
        flow('F4', 'BadCondition', 'UnknownVar') +
        flow('F5', 'UnknownVar', 'Looped') +
        flow('F6', 'Looped', 'End'),
    );
    const problems = problemsOf(xml);
    expect(codesAt(problems).sort()).toEqual(
      [
        'MULTI_INSTANCE_INVALID@NoCollection',
        'MULTI_INSTANCE_INVALID@NotPath',
        'MULTI_INSTANCE_INVALID@BadCondition',
        'UNSUPPORTED_ELEMENT@Looped',
        'CANDIDATE_DEPARTMENT_UNKNOWN@UnknownVar',
      ].sort(),
    );
    for (const p of problems) expect(p.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a ${name} department outside any multi-instance is refused', () => {
    const problems = problemsOf(around(signTask('')));
    expect(codesAt(problems)).toEqual(['CANDIDATE_DEPARTMENT_UNKNOWN@Sign']);
  });
});
