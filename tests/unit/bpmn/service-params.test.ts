import { codesAt, definitions, end, flow, planOf, problemsOf, serviceTask, start } from './diagram';

/** Start → 出证 service task with the given params → End. */
const issuing = (params: string) =>
  definitions(
    start() +
      serviceTask('Issue', `<ow:ServiceCall activity="issueResult">${params}</ow:ServiceCall>`) +
      end() +
      flow('F1', 'Start', 'Issue') +
      flow('F2', 'Issue', 'End'),
  );
const param = (name: string, value: string) => `<ow:Param name="${name}" value="${value}"/>`;

describe('the issueResult service task’s parameters', () => {
  it('compile when the result type is known and the validity a whole number of years', () => {
    for (const params of [
      param('resultType', 'certificate'),
      param('resultType', 'approval') + param('validYears', '5'),
      param('resultType', 'notice') + param('validYears', ''),
    ]) {
      const { plan, warnings } = planOf(issuing(params));
      expect(plan.nodes.Issue).toMatchObject({ type: 'serviceTask', activity: 'issueResult' });
      expect(warnings).toEqual([]);
    }
  });

  it('are refused at publishing, in both languages, when the activity would refuse them at run time', () => {
    const problems = problemsOf(issuing(param('resultType', 'licence') + param('validYears', '2.5')));
    expect(codesAt(problems)).toEqual(['SERVICE_PARAM_INVALID@Issue', 'SERVICE_PARAM_INVALID@Issue']);
    expect(problems[0].messageZh).toContain('certificate、approval、notice');
    expect(problems[1].messageEn).toContain('1 to 50');
  });
});
