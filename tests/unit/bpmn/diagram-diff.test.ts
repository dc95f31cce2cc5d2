import { diffDiagrams } from '../../../bpmn/diagram-diff';
import { definitions, end, flow, linear, start, userTask } from './diagram';

const withDiagram = (xml: string, x: number) =>
  xml.replace(
    '</bpmn:definitions>',
    `<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="D"><bpmndi:BPMNPlane id="P" bpmnElement="Process_1"><bpmndi:BPMNShape id="S" bpmnElement="Task"><dc:Bounds xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" x="${x}" y="0" width="100" height="80"/></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>`,
  );

describe('diffDiagrams', () => {
  it('finds nothing between a diagram and itself, nor when only the layout moved', () => {
    expect(diffDiagrams(linear(), linear())).toEqual({ added: [], removed: [], changed: [] });
    expect(diffDiagrams(withDiagram(linear(), 10), withDiagram(linear(), 400))).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });

  it('names the elements added, removed and changed by id, name and type', () => {
    const before = linear();
    const after = definitions(
      start() +
        userTask('Task', '<ow:Candidates department="$lead" role="CLERK"/>') +
        userTask('Review') +
        end() +
        flow('F1', 'Start', 'Task') +
        flow('F3', 'Task', 'Review') +
        flow('F4', 'Review', 'End'),
    );
    expect(diffDiagrams(before, after)).toEqual({
      added: [
        { id: 'Review', name: 'Review', type: 'bpmn:UserTask' },
        { id: 'F3', type: 'bpmn:SequenceFlow' },
        { id: 'F4', type: 'bpmn:SequenceFlow' },
      ],
      removed: [{ id: 'F2', type: 'bpmn:SequenceFlow' }],
      changed: [{ id: 'Task', name: 'Task', type: 'bpmn:UserTask' }],
    });
  });

  it('reports a change inside a sub-process on the inner element alone', () => {
    const sub = (role: string) =>
      definitions(
        start() +
          `<bpmn:subProcess id="Sub" name="子流程">${start('S2')}${userTask('Inner', `<ow:Candidates department="$lead" role="${role}"/>`)}${end('E2')}${flow('I1', 'S2', 'Inner')}${flow('I2', 'Inner', 'E2')}</bpmn:subProcess>` +
          end() +
          flow('F1', 'Start', 'Sub') +
          flow('F2', 'Sub', 'End'),
      );
    expect(diffDiagrams(sub('APPROVER'), sub('CLERK'))?.changed).toEqual([
      { id: 'Inner', name: 'Inner', type: 'bpmn:UserTask' },
    ]);
  });

  it('counts a renamed process as changed and answers undefined for XML that does not parse', () => {
    expect(diffDiagrams(linear(), linear().replace('name="测试流程"', 'name="新名称"'))?.changed).toEqual([
      { id: 'Process_1', name: '新名称', type: 'bpmn:Process' },
    ]);
    expect(diffDiagrams(linear(), '<bpmn:definitions')).toBeUndefined();
  });
});
