import { performance } from 'node:perf_hooks';
import { XMLParser } from 'fast-xml-parser';
import { compileBpmn } from '../bpmn/compiler';
import { generateProcedure } from './bpmn/generate';
import type { Figure, Run } from './lib/figures';
import { median } from './lib/measure';

const SECTION = '5. Compiler: BPMN → plan';
export const DIAGRAM_SIZES = [100, 500, 1000];

function timeEach(times: number, fn: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/**
 * compileBpmn(xml) against fast-xml-parser parsing the same text (attributes kept), the floor of any compile. The
 * gateways' conditions are FEEL, each parsed and checked by feelin's parser.
 */
export function benchCompiler(runs: number, quick: boolean, log: (m: string) => void): Figure[] {
  const figures: Figure[] = [];
  for (const size of DIAGRAM_SIZES) {
    const { xml, elements } = generateProcedure(size, { feelConditions: true });
    const compiled = compileBpmn(xml);
    if (!compiled.ok)
      throw new Error(`the generated ${size}-element diagram does not compile: ${compiled.problems[0]?.messageEn}`);
    const parse = () => new XMLParser({ ignoreAttributes: false }).parse(xml);
    const repeat = Math.max(quick ? 3 : 5, Math.round((quick ? 2000 : 10_000) / size));
    timeEach(repeat, () => compileBpmn(xml));
    timeEach(repeat, parse);
    const results: Run[] = [];
    for (let run = 1; run <= runs; run++) {
      const value = median(timeEach(repeat, () => compileBpmn(xml)));
      const baseline = median(timeEach(repeat, parse));
      results.push({ value, baseline });
      log(`compiler ${elements} elements run ${run}: compile ${value.toFixed(2)} ms, parse ${baseline.toFixed(2)} ms`);
    }
    figures.push({
      section: SECTION,
      name: `compile ${elements} elements (${Math.round(xml.length / 1024)} KB)`,
      unit: 'ms',
      baselineName: 'fast-xml-parser parse of the same XML',
      runs: results,
      note: `median of ${repeat} compiles per run`,
    });
  }
  return figures;
}
