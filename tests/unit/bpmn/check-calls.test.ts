import { callProblems, type CallRef, type PublishedCalls } from '../../../bpmn/check-calls';
import { plan } from '../../workflows/plans';

const calling = (...calls: Array<[string, number?]>) => {
  const b = plan().start();
  calls.forEach(([key, version], i) => b.call(`Call${i + 1}`, key, version ? { version } : {}));
  return b.end().build();
};
const published = (entries: Record<string, Record<number, CallRef[]>>): PublishedCalls =>
  new Map(
    Object.entries(entries).map(([key, versions]) => [
      key,
      new Map(Object.entries(versions).map(([v, calls]) => [Number(v), calls])),
    ]),
  );

describe('publishing checks call activities', () => {
  it('accepts a published procedure, latest or pinned', () => {
    const centre = published({ survey: { 1: [], 2: [] } });
    expect(callProblems('main', calling(['survey'], ['survey', 1]), centre)).toEqual([]);
  });

  it('refuses an unknown procedure, an unpublished one and a version never published, naming the element', () => {
    const centre = published({ draftOnly: {}, survey: { 1: [] } });
    const problems = callProblems('main', calling(['nothing'], ['draftOnly'], ['survey', 3]), centre);
    expect(problems.map((p) => `${p.code}@${p.elementId}`)).toEqual([
      'CALLED_PROCEDURE_UNKNOWN@Call1',
      'CALLED_PROCEDURE_UNPUBLISHED@Call2',
      'CALLED_PROCEDURE_UNPUBLISHED@Call3',
    ]);
    expect(problems[0].messageZh).toBe('Call1：被调用的流程 nothing 不存在');
    expect(problems[2].messageEn).toBe('Call3: the called procedure survey has no published version 3');
  });

  it('refuses a cycle through the latest versions (A calls B calls A) and a procedure calling itself', () => {
    const centre = published({ main: { 1: [] }, b: { 1: [], 2: [{ procedureKey: 'main' }] } });
    const [cycle] = callProblems('main', calling(['b']), centre);
    expect(cycle).toMatchObject({
      code: 'CALL_CYCLE',
      elementId: 'Call1',
      messageEn: 'Call1: the calls form a cycle: main → b → main',
    });
    expect(callProblems('main', calling(['b', 1]), centre)).toEqual([]);
    expect(callProblems('main', calling(['main']), centre).map((p) => p.code)).toEqual(['CALL_CYCLE']);
  });
});
