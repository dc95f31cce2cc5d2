import { performance } from 'node:perf_hooks';
import { XMLParser } from 'fast-xml-parser';
import { compileBpmn } from '../bpmn/compiler';
import { generateProcedure } from './bpmn/generate';
import { generateMixedProcedure } from './bpmn/generate-mixed';
import type { Figure, Run } from './lib/figures';
import { median } from './lib/measure';

const SECTION = '5. Compiler: BPMN → plan';
export const DIAGRAM_SIZES = [100, 500, 1000];

function timeEach(inputs: string[], fn: (xml: string) => unknown): number[] {
  return inputs.map((xml) => {
    const t0 = performance.now();
    fn(xml);
    return performance.now() - t0;
  });
}

/**
 * The diagrams of each size: the review chain (generate.ts, one FEEL condition repeated), and one holding every kind
 * of element (generate-mixed.ts), whose FEEL texts differ in each copy so that every compile parses its own cold.
 */
const diagrams = () =>
  DIAGRAM_SIZES.flatMap((size) => {
    const chain = generateProcedure(size, { feelConditions: true });
    return [
      { size, kinds: '', generate: () => chain },
      { size, kinds: ', every kind', generate: (variant: number) => generateMixedProcedure(size, variant) },
    ];
  });

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml);

/**
 * compileBpmn(xml) against fast-xml-parser parsing the same text (attributes kept), the floor of any compile. The
 * gateways' conditions are FEEL, each parsed and checked by feelin's parser.
 */
export function benchCompiler(runs: number, quick: boolean, log: (m: string) => void): Figure[] {
  const figures: Figure[] = [];
  for (const { size, kinds, generate } of diagrams()) {
    const copies = (n: number, from: number) => Array.from({ length: n }, (_, i) => generate(from + i).xml);
    const repeat = Math.max(quick ? 3 : 5, Math.round((quick ? 2000 : 10_000) / size));
    const { xml: first, elements } = generate(0);
    const compiled = compileBpmn(first);
    if (!compiled.ok)
      throw new Error(`the generated ${size}-element diagram does not compile: ${compiled.problems[0]?.messageEn}`);
    const warmUp = copies(repeat, 1);
    timeEach(warmUp, compileBpmn);
    timeEach(warmUp, parse);
    const results: Run[] = [];
    for (let run = 1; run <= runs; run++) {
      const inputs = copies(repeat, (run + 1) * repeat);
      const value = median(timeEach(inputs, compileBpmn));
      const baseline = median(timeEach(inputs, parse));
      results.push({ value, baseline });
      log(
        `compiler ${elements} elements${kinds} run ${run}: compile ${value.toFixed(2)} ms, parse ${baseline.toFixed(2)} ms`,
      );
    }
    figures.push({
      section: SECTION,
      name: `compile ${elements} elements${kinds} (${Math.round(first.length / 1024)} KB)`,
      unit: 'ms',
      baselineName: 'fast-xml-parser parse of the same XML',
      runs: results,
      note: `median of ${repeat} compiles per run`,
      ...(kinds && size === 1000 ? { goal: { kind: 'atMost' as const, ratio: 1.2 } } : {}),
    });
  }
  return figures;
}
