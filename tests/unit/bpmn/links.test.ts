import { codesAt, definitions, end, flow, planOf, problemsOf, start, userTask } from './diagram';

const linkThrow = (id: string, name: string) =>
  `<bpmn:intermediateThrowEvent id="${id}"><bpmn:linkEventDefinition name="${name}"/></bpmn:intermediateThrowEvent>`;
const linkCatch = (id: string, name: string) =>
  `<bpmn:intermediateCatchEvent id="${id}"><bpmn:linkEventDefinition name="${name}"/></bpmn:intermediateCatchEvent>`;

/** Start → Task → throw "toEnd" … catch "toEnd" → End */
const jump = (throwName = 'toEnd', catches = linkCatch('Catch', 'toEnd')) =>
  definitions(
    start() +
      userTask('Task') +
      linkThrow('Throw', throwName) +
      catches +
      end() +
      flow('F1', 'Start', 'Task') +
      flow('F2', 'Task', 'Throw') +
      flow('F3', 'Catch', 'End'),
  );

describe('link events', () => {
  it('a throw jumps to the catch of its name: a flow from one to the other', () => {
    const { plan } = planOf(jump());
    expect(plan.nodes.Throw).toMatchObject({ type: 'linkEvent', link: 'toEnd', throw: true, outgoing: ['Throw~link'] });
    expect(plan.nodes.Catch).toMatchObject({
      type: 'linkEvent',
      link: 'toEnd',
      throw: false,
      incoming: ['Throw~link'],
    });
    expect(plan.flows['Throw~link']).toMatchObject({ sourceId: 'Throw', targetId: 'Catch' });
  });

  it('refuses a throw without its catch, naming the throw and the link', () => {
    const problems = problemsOf(jump('elsewhere'));
    expect(codesAt(problems)).toEqual(expect.arrayContaining(['LINK_CATCH_MISSING@Throw']));
    expect(problems.find((p) => p.code === 'LINK_CATCH_MISSING')?.messageZh).toContain('elsewhere');
  });

  it('refuses two catches of one name in a scope, naming both', () => {
    const problems = problemsOf(jump('toEnd', linkCatch('Catch', 'toEnd') + linkCatch('Catch2', 'toEnd')));
    expect(codesAt(problems)).toEqual(
      expect.arrayContaining(['LINK_CATCH_DUPLICATE@Catch', 'LINK_CATCH_DUPLICATE@Catch2']),
    );
    expect(problems.find((p) => p.code === 'LINK_CATCH_DUPLICATE')?.messageEn).toContain('Catch, Catch2');
  });

  it('refuses a link without a name, and a catch in another scope does not count', () => {
    const nameless = jump().replace(
      '<bpmn:linkEventDefinition name="toEnd"/></bpmn:intermediateThrowEvent>',
      '<bpmn:linkEventDefinition/></bpmn:intermediateThrowEvent>',
    );
    expect(codesAt(problemsOf(nameless))).toContain('LINK_NAME_MISSING@Throw');
    const inSubProcess = jump(
      'toEnd',
      `<bpmn:subProcess id="Sub">${start('SStart')}${linkCatch('Catch', 'toEnd')}${flow('S1', 'SStart', 'Catch')}</bpmn:subProcess>`,
    );
    expect(codesAt(problemsOf(inSubProcess))).toContain('LINK_CATCH_MISSING@Throw');
  });
});
