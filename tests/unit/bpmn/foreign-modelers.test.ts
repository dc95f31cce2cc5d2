import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileBpmn } from '../../../bpmn/compiler';
import { codesAt, planOf, problemsOf } from './diagram';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../fixtures/bpmn', name), 'utf8');

describe('diagrams from other modelers', () => {
  it('Camunda Modeler (bpmn: prefix, pool and lanes, camunda:* ignored, ${…} condition in CDATA) compiles', () => {
    const { plan, warnings } = planOf(fixture('camunda-modeler.bpmn'));
    expect(plan.processId).toBe('Process_dibao');
    expect(plan.name).toBe('低保申请（Camunda Modeler 绘制）');
    expect(plan.nodes.Activity_receive).toMatchObject({
      candidateDepartment: '$accepting',
      formFields: [{ key: 'complete', label: '材料齐全', type: 'boolean', required: true }],
    });
    expect(plan.nodes.Event_remind).toMatchObject({
      type: 'boundaryTimer',
      interrupting: false,
      timer: { kind: 'duration', hours: 4 },
    });
    expect(plan.nodes.Event_refused).toMatchObject({ outcome: 'REJECTED', terminate: true });
    expect(plan.flows.Flow_4.conditionSource).toBe('${decision == "approve" && form.complete}');
    expect(plan.flows.Flow_4.condition?.kind).toBe('and');
    expect(plan.nodes.TextAnnotation_1).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('plain Camunda Modeler diagram without ow:* gives clean problems', () => {
    const problems = problemsOf(fixture('camunda-without-ow.bpmn'));
    // Task_file, a bpmn:task, passes through (as Camunda 8 runs it)
    expect(codesAt(problems)).toEqual(['USER_TASK_NO_CANDIDATES@Task_review', 'SERVICE_NO_CALL@Task_mail']);
    for (const p of problems) {
      expect(p.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.messageEn).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it('Signavio (default namespace, any prefix for ow, sid- ids, collaboration) compiles', () => {
    const { plan } = planOf(fixture('signavio.bpmn'));
    expect(plan.processId).toBe('sid-PROCESS-1');
    expect(plan.nodes['sid-TASK-ASSESS']).toMatchObject({
      candidateDepartment: 'CANLIAN',
      timeLimitDays: 10,
      formFields: [
        { key: 'grade', type: 'enum', options: ['一级', '二级', '三级', '四级'], required: true, label: '残疾等级' },
      ],
    });
    expect(plan.nodes['sid-WAIT-1']).toMatchObject({ type: 'timerCatch', timer: { kind: 'duration', workingDays: 3 } });
    expect(plan.flows['sid-FLOW-YES'].condition).toMatchObject({
      kind: 'and',
      right: { kind: 'in', haystack: ['一级', '二级', '三级', '四级'] },
    });
  });

  it('semantic: prefix (Bizagi, Trisotech) with an embedded sub-process, message catch and parallel gateways compiles', () => {
    const { plan } = planOf(fixture('semantic-prefix.bpmn'));
    expect(plan.nodes.Sub_review).toMatchObject({ type: 'subProcess', startNodeId: 'Sub_start' });
    expect(plan.nodes.Task_check).toMatchObject({ parentId: 'Sub_review', candidateDepartment: 'ZIRAN' });
    expect(plan.nodes.Wait_village).toMatchObject({
      type: 'messageCatch',
      message: 'villageOpinion',
      parentId: 'Sub_review',
    });
    expect(plan.nodes.Split).toMatchObject({ type: 'parallelGateway', outgoing: ['F3', 'F4'] });
    expect(plan.nodes.Join).toMatchObject({ type: 'parallelGateway', incoming: ['F5', 'F6'] });
  });

  it('bpmn2: prefix (Eclipse BPMN2 Modeler) with a call activity calls the procedure its calledElement names', () => {
    const { plan } = planOf(fixture('bpmn2-call-activity.bpmn'));
    expect(plan.nodes.CallActivity_1).toMatchObject({ type: 'callActivity', procedureKey: 'other', inputs: [] });
  });

  it('refuses a document whose root is in the wrong namespace or whose prefix is not declared', () => {
    const wrongNs = fixture('semantic-prefix.bpmn').replace(
      'xmlns:semantic="http://www.omg.org/spec/BPMN/20100524/MODEL"',
      'xmlns:semantic="http://example.com/not-bpmn"',
    );
    expect(codesAt(problemsOf(wrongNs))).toEqual(['NOT_BPMN@']);
    expect(problemsOf(wrongNs)[0].messageEn).toContain('http://example.com/not-bpmn');
    const undeclared = '<bpmn:definitions id="D"><bpmn:process id="P"/></bpmn:definitions>';
    expect(codesAt(problemsOf(undeclared))).toEqual(['NOT_BPMN@']);
  });

  it('ignores extension elements of other vendors, including ones shadowing ow names', () => {
    const xml = fixture('camunda-modeler.bpmn').replace(
      '<ow:Candidates department="MINZHENG" role="APPROVER" />',
      '<camunda:Candidates department="NASA" /><ow:Candidates department="MINZHENG" role="APPROVER" />',
    );
    expect(compileBpmn(xml).ok).toBe(true);
  });
});
