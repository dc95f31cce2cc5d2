import { compileBpmn } from '../../../bpmn/compiler';
import { generatedDiagram } from './generated-diagram';

/** How long these take is bench/'s business (npm run bench: compiler, 100 to 1,000 elements), not a test's. */
describe('large diagrams', () => {
  it('compiles a generated 1,000-element diagram', () => {
    const result = compileBpmn(generatedDiagram(66));
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(Object.keys(result.plan.nodes).length + Object.keys(result.plan.flows).length).toBeGreaterThanOrEqual(990);
  });

  it('compiles the same diagram with its diagram interchange to the same plan', () => {
    const withDi = generatedDiagram(66, true);
    expect(withDi.length).toBeGreaterThan(1.5 * generatedDiagram(66).length);
    expect(compileBpmn(withDi)).toEqual(compileBpmn(generatedDiagram(66)));
  });
});
