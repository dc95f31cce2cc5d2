import {
  bookReviewCompensate,
  chain,
  compensableService,
  compensationBoundary,
  compensationEnd,
  compensationThrow,
  end,
  flow,
  ioMapping,
  process,
  serviceTask,
  start,
  userTask,
} from '../../support/compensation-diagrams';
import { codesAt, planOf, problemsOf } from './diagram';

describe('compensation', () => {
  it('compiles boundaries tied to their handlers by associations, and a throw naming one activity', () => {
    const { plan, warnings } = planOf(bookReviewCompensate('Book'));
    expect(plan.nodes.BookUndone).toMatchObject({
      type: 'compensationBoundary',
      attachedToId: 'Book',
      handlerId: 'CancelBooking',
    });
    expect(plan.nodes.ReviewUndone).toMatchObject({ attachedToId: 'Review', handlerId: 'UndoReview' });
    expect(plan.nodes.Compensate).toMatchObject({ type: 'compensationThrow', activityRef: 'Book', end: false });
    expect(plan.nodes.UndoReview).toMatchObject({ type: 'userTask', incoming: [], outgoing: [] });
    expect(warnings).toEqual([]);
  });

  it('compiles a compensation end event inside a sub-process', () => {
    const xml = process(
      start() +
        '<bpmn:subProcess id="Sub">' +
        start('SubStart') +
        compensableService('Book', 'BookUndone', 'CancelBooking') +
        compensationEnd('SubEnd') +
        chain('SubStart', 'Book', 'SubEnd') +
        '</bpmn:subProcess>' +
        end() +
        chain('Start', 'Sub', 'End'),
    );
    expect(planOf(xml).plan.nodes.SubEnd).toMatchObject({ type: 'compensationThrow', end: true, parentId: 'Sub' });
  });

  it('refuses a boundary without a handler, a handler with flows, and an activityRef out of scope, in zh and en', () => {
    const xml = process(
      start() +
        serviceTask('Book') +
        compensationBoundary('NoHandler', 'Book') +
        userTask('Review') +
        compensationBoundary('ReviewUndone', 'Review', 'UndoReview') +
        userTask('UndoReview', '', true) +
        '<bpmn:subProcess id="Sub">' +
        start('SubStart') +
        compensationThrow('Inner', 'Review') +
        end('SubEnd') +
        chain('SubStart', 'Inner', 'SubEnd') +
        '</bpmn:subProcess>' +
        end() +
        chain('Start', 'Book', 'Review', 'Sub', 'End') +
        flow('Out', 'UndoReview', 'End'),
    );
    const problems = problemsOf(xml);
    expect(codesAt(problems)).toEqual([
      'COMPENSATION_HANDLER_MISSING@NoHandler',
      'COMPENSATION_HANDLER_FLOWS@UndoReview',
      'COMPENSATION_ACTIVITY_INVALID@Inner',
    ]);
    expect(problems[0].messageZh).toContain('关联');
    expect(problems[1].messageEn).toContain('may not have incoming or outgoing sequence flows');
    expect(problems[2]).toMatchObject({
      messageZh: '要补偿的活动 “Review” 不在此事件的范围内',
      messageEn: "The activity to compensate 'Review' is not in the scope of this event",
    });
  });

  it('refuses a handler no boundary names or of another kind, an activityRef without a boundary, a boundary on a gateway', () => {
    const xml = process(
      start() +
        serviceTask('Book') +
        userTask('Lonely', '', true) +
        '<bpmn:exclusiveGateway id="G"/>' +
        compensationBoundary('OnGateway', 'G', 'Undo') +
        serviceTask('Undo', '', true) +
        compensationThrow('Throw', 'Book') +
        '<bpmn:exclusiveGateway id="NoActivity" isForCompensation="true"/>' +
        end() +
        chain('Start', 'Book', 'G', 'Throw', 'End'),
    );
    expect(codesAt(problemsOf(xml))).toEqual([
      'BOUNDARY_HOST_INVALID@OnGateway',
      'COMPENSATION_HANDLER_UNUSED@Lonely',
      'COMPENSATION_HANDLER_INVALID@NoActivity',
      'COMPENSATION_ACTIVITY_INVALID@Throw',
    ]);
  });

  it('takes an activityRef naming a sub-process without boundary that holds a compensable activity, not an empty one', () => {
    const sub = (id: string, inner: string) =>
      `<bpmn:subProcess id="${id}">${start(`${id}Start`)}${inner}${end(`${id}End`)}</bpmn:subProcess>`;
    const xml = (ref: string) =>
      process(
        start() +
          sub(
            'Outer',
            sub(
              'Inner',
              compensableService('Book', 'BookUndone', 'CancelBooking') + chain('InnerStart', 'Book', 'InnerEnd'),
            ) + chain('OuterStart', 'Inner', 'OuterEnd'),
          ) +
          sub('Empty', serviceTask('Plain') + chain('EmptyStart', 'Plain', 'EmptyEnd')) +
          compensationThrow('Throw', ref) +
          end() +
          chain('Start', 'Outer', 'Empty', 'Throw', 'End'),
      );
    expect(planOf(xml('Outer')).plan.nodes.Throw).toMatchObject({ activityRef: 'Outer' });
    const problems = problemsOf(xml('Empty'));
    expect(codesAt(problems)).toEqual(['COMPENSATION_ACTIVITY_INVALID@Throw']);
    expect(problems[0].messageEn).toContain('no sub-process holding a compensable activity');
  });

  it('refuses waitForCompletion="false", in zh and en', () => {
    const xml = bookReviewCompensate().replace('waitForCompletion="true"', 'waitForCompletion="false"');
    const problems = problemsOf(xml);
    expect(codesAt(problems)).toEqual(['COMPENSATION_NO_WAIT@Compensate']);
    expect(problems[0].messageZh).toContain('不支持');
    expect(problems[0].messageEn).toContain('always waits');
  });
});

describe('zeebe:ioMapping on user and service tasks', () => {
  it('reads inputs and outputs as FEEL or fixed text into the plan', () => {
    const xml = process(
      start() +
        userTask('Review', ioMapping([['=matter.kind', 'kind']], [['=decision', 'reviewDecision']])) +
        serviceTask('Archive', ioMapping([['A-1', 'box']], [['=result', 'archived']])) +
        end() +
        chain('Start', 'Review', 'Archive', 'End'),
    );
    const { nodes } = planOf(xml).plan;
    expect(nodes.Review).toMatchObject({
      inputMappings: [{ source: { kind: 'feel', source: 'matter.kind' }, target: 'kind' }],
      outputMappings: [{ source: { kind: 'feel', source: 'decision' }, target: 'reviewDecision' }],
    });
    expect(nodes.Archive).toMatchObject({
      inputMappings: [{ source: { kind: 'literal', value: 'A-1' }, target: 'box' }],
      outputMappings: [{ source: { kind: 'feel', source: 'result' }, target: 'archived' }],
    });
  });

  it('refuses a target that is no name and a FEEL source that does not parse', () => {
    const xml = process(
      start() +
        userTask('Review', ioMapping([['=matter.kind', 'the kind']])) +
        serviceTask('Archive', ioMapping([['=1 +', 'box']])) +
        end() +
        chain('Start', 'Review', 'Archive', 'End'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(['MAPPING_INVALID@Review', 'FEEL_SYNTAX@Archive']);
  });
});
