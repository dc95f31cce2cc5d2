import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NAMESPACES, codesAt, end, flow, planOf, problemsOf, start, userTask } from './diagram';

const fixture = (name: string) => readFileSync(path.resolve(__dirname, '../../fixtures/bpmn', name), 'utf8');

const linearBody = (prefix: string) =>
  start(`${prefix}_start`) +
  userTask(`${prefix}_task`) +
  end(`${prefix}_end`) +
  flow(`${prefix}_f1`, `${prefix}_start`, `${prefix}_task`) +
  flow(`${prefix}_f2`, `${prefix}_task`, `${prefix}_end`);

/** A collaboration of pools: each process given as [id, isExecutable or null for unmarked, body]. */
const collaboration = (...processes: Array<[string, string | null, string]>) =>
  `<bpmn:definitions ${NAMESPACES} id="Defs" targetNamespace="t"><bpmn:collaboration id="Collab">` +
  processes.map(([id]) => `<bpmn:participant id="P_${id}" name="${id}" processRef="${id}"/>`).join('') +
  '<bpmn:messageFlow id="M1" sourceRef="P_A" targetRef="P_B"/></bpmn:collaboration>' +
  processes
    .map(
      ([id, executable, body]) =>
        `<bpmn:process id="${id}" name="${id}"${executable === null ? '' : ` isExecutable="${executable}"`}>${body}</bpmn:process>`,
    )
    .join('') +
  '</bpmn:definitions>';

describe('collaborations (several pools)', () => {
  it('runs the executable pool of a Camunda 8 collaboration; the other pool and the message flows are documentation', () => {
    const { plan, warnings } = planOf(fixture('camunda8-collaboration.bpmn'));
    expect(plan.processId).toBe('Process_centre');
    expect(plan.name).toBe('临时救助（两个泳池）');
    expect(Object.keys(plan.nodes).sort()).toEqual(['Activity_decide', 'Event_done', 'Event_received']);
    expect(plan.flows.MessageFlow_apply).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('with no pool marked executable, runs the only process that has flow elements', () => {
    const { plan } = planOf(collaboration(['A', null, ''], ['B', null, linearBody('B')]));
    expect(plan.processId).toBe('B');
  });

  it('runs the one marked executable even when other pools have content', () => {
    const { plan } = planOf(collaboration(['A', 'false', linearBody('A')], ['B', 'true', linearBody('B')]));
    expect(plan.processId).toBe('B');
    expect(plan.nodes.A_task).toBeUndefined();
  });

  it('refuses two executable processes, naming both in Chinese and English', () => {
    const problems = problemsOf(collaboration(['A', 'true', linearBody('A')], ['B', 'true', linearBody('B')]));
    expect(codesAt(problems)).toEqual(['MULTIPLE_EXECUTABLE_PROCESSES@A', 'MULTIPLE_EXECUTABLE_PROCESSES@B']);
    for (const problem of problems) {
      expect(problem.messageZh).toMatch(/A.*B/);
      expect(problem.messageZh).toContain('isExecutable');
      expect(problem.messageEn).toMatch(/executable processes \(A \(A\), B \(B\)\)/);
    }
  });

  it('refuses several unmarked processes with content, asking which one runs', () => {
    const problems = problemsOf(collaboration(['A', null, linearBody('A')], ['B', 'false', linearBody('B')]));
    expect(codesAt(problems)).toEqual(['MULTIPLE_PROCESSES@A', 'MULTIPLE_PROCESSES@B']);
    expect(problems[0].messageEn).toContain('isExecutable="true"');
  });
});
