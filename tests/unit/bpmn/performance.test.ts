import { compileBpmn } from '../../../bpmn/compiler';
import { generatedDiagram } from './generated-diagram';

/** Best of several runs (stopping early once below `enough`): other processes share the CPU with the tests. */
function fastest(xml: string, runs: number, enough = 0): number {
  let best = Infinity;
  for (let i = 0; i < runs && best >= enough; i += 1) {
    const started = performance.now();
    compileBpmn(xml);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('compile performance', () => {
  it('compiles a generated 1,000-element diagram well under 100 ms', () => {
    const xml = generatedDiagram(66);
    const result = compileBpmn(xml);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(Object.keys(result.plan.nodes).length + Object.keys(result.plan.flows).length).toBeGreaterThanOrEqual(990);
    expect(fastest(xml, 20, 50)).toBeLessThan(100);
  });

  it('compiles the same diagram with its diagram interchange well under 100 ms, to the same plan', () => {
    const withDi = generatedDiagram(66, true);
    expect(withDi.length).toBeGreaterThan(1.5 * generatedDiagram(66).length);
    expect(compileBpmn(withDi)).toEqual(compileBpmn(generatedDiagram(66)));
    expect(fastest(withDi, 20, 50)).toBeLessThan(100);
  });

  it('grows linearly: four times the elements take well under eight times as long', () => {
    const small = generatedDiagram(80);
    const large = generatedDiagram(320);
    expect(compileBpmn(large).ok).toBe(true);
    fastest(small, 2);
    expect(fastest(large, 3)).toBeLessThan(8 * fastest(small, 3) + 20);
  });
});
