import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compileBpmn } from '../../../bpmn/compiler';
import type { CompileResult } from '../../../bpmn/plan';
import { seededRandom } from '../../../domain/testing/prng';
import { codesAt, definitions, end, flow, linear, planOf, problemsOf, start, userTask } from './diagram';

const DIR = path.resolve(__dirname, '../../../bpmn/procedures');
const SEEDED = readdirSync(DIR)
  .filter((f) => f.endsWith('.bpmn'))
  .sort()
  .map((f) => [f, readFileSync(path.join(DIR, f), 'utf8')] as const);

/** seeded, so a failing case can be replayed from its seed */
const random = seededRandom;

const JUNK = [
  '<',
  '>',
  '/>',
  '"',
  "'",
  '&',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&constructor;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<!DOCTYPE x>',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '<bpmn:task id="Junk"/>',
  'id="__proto__"',
  ' xmlns:bpmn="urn:x"',
  '<ow:Timer kind="duration" hours="-1"/>',
  '<bpmn:sequenceFlow id="Loop" sourceRef="Task_Approve" targetRef="Task_Approve"/>',
  'constructor',
  '${',
  '}',
];

type Mutation = (xml: string, rnd: () => number) => string;
const pick = <T>(list: readonly T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)];
const at = (xml: string, rnd: () => number) => Math.floor(rnd() * (xml.length + 1));

/** Whole elements: one line of the pretty-printed files, or a multi-line element from its start tag to its end tag. */
function elementRange(xml: string, rnd: () => number): [number, number] {
  const lines = [...xml.matchAll(/^\s*<([\w:]+)[^\n]*$/gm)];
  if (lines.length === 0) return [0, 0];
  const m = pick(lines, rnd);
  const startAt = m.index as number;
  const line = m[0];
  if (/\/>\s*$|<\/[\w:]+>\s*$/.test(line)) return [startAt, startAt + line.length + 1];
  const close = xml.indexOf(`</${m[1]}>`, startAt);
  return close === -1 ? [startAt, startAt + line.length + 1] : [startAt, close + m[1].length + 3];
}

const MUTATIONS: Record<string, Mutation> = {
  truncate: (xml, rnd) => xml.slice(0, at(xml, rnd)),
  flipBytes: (xml, rnd) => {
    const chars = [...xml];
    for (let i = 0, n = 1 + Math.floor(rnd() * 8); i < n; i += 1)
      chars[Math.floor(rnd() * chars.length)] = String.fromCharCode(Math.floor(rnd() * 256));
    return chars.join('');
  },
  dropElement: (xml, rnd) => {
    const [a, b] = elementRange(xml, rnd);
    return xml.slice(0, a) + xml.slice(b);
  },
  duplicateElement: (xml, rnd) => {
    const [a, b] = elementRange(xml, rnd);
    return xml.slice(0, b) + xml.slice(a, b) + xml.slice(b);
  },
  insertJunk: (xml, rnd) => {
    const i = at(xml, rnd);
    return xml.slice(0, i) + pick(JUNK, rnd) + xml.slice(i);
  },
  swapIds: (xml, rnd) => {
    const ids = [...xml.matchAll(/(?:sourceRef|targetRef|attachedToRef|default)="([^"]+)"/g)];
    if (ids.length < 2) return xml;
    const [x, y] = [pick(ids, rnd), pick(ids, rnd)];
    return xml.slice(0, x.index as number) + x[0].replace(x[1], y[1]) + xml.slice((x.index as number) + x[0].length);
  },
};

/** A well-formed answer: a plan whose start exists, or at least one fully described problem. */
function expectWellFormed(result: CompileResult): void {
  expect(() => JSON.parse(JSON.stringify(result))).not.toThrow();
  if (result.ok) {
    expect(result.plan.nodes[result.plan.startNodeId]).toBeDefined();
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect([typeof p.elementId, typeof p.elementType, typeof p.code, typeof p.messageZh, typeof p.messageEn]).toEqual([
      'string',
      'string',
      'string',
      'string',
      'string',
    ]);
    expect(p.messageZh.length).toBeGreaterThan(0);
  }
}

describe('compileBpmn never throws', () => {
  it.each(SEEDED)('on 300 seeded random mutations of %s', (file, xml) => {
    const seed = [...file].reduce((h, c) => Math.imul(h, 31) + c.charCodeAt(0), 7);
    const rnd = random(seed);
    const names = Object.keys(MUTATIONS);
    for (let i = 0; i < 300; i += 1) {
      let mutated = xml;
      const applied: string[] = [];
      for (let k = 0, n = 1 + Math.floor(rnd() * 3); k < n; k += 1) {
        const name = pick(names, rnd);
        applied.push(name);
        mutated = MUTATIONS[name](mutated, rnd);
      }
      let result: CompileResult | undefined;
      expect(() => {
        result = compileBpmn(mutated);
      }).not.toThrow();
      try {
        expectWellFormed(result as CompileResult);
      } catch (e) {
        throw new Error(`seed ${seed}, case ${i}, mutations ${applied.join(' + ')}: ${(e as Error).message}`);
      }
      expect(
        (result as CompileResult).ok ? [] : (result as { problems: { code: string }[] }).problems.map((p) => p.code),
      ).not.toContain('COMPILER_ERROR');
    }
  });

  it('on values that are not strings', () => {
    for (const input of [null, undefined, 42, {}, [], Buffer.from('<x/>'), Symbol('x')]) {
      expect(codesAt(problemsOf(input as unknown as string))).toEqual(['XML_EMPTY@']);
    }
  });

  it('refuses a DOCTYPE / entity bomb without expanding anything', () => {
    // a billion laughs: were it expanded, the test would run out of memory or time instead of passing
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join(
      '',
    );
    const bomb = `<!DOCTYPE lolz [<!ENTITY lol "lol">${levels}]>`;
    expect(
      codesAt(
        problemsOf(
          bomb +
            linear().replace('<?xml version="1.0" encoding="UTF-8"?>\n', '').replace('name="Task"', 'name="&lol9;"'),
        ),
      ),
    ).toEqual(['XML_DOCTYPE@']);
    expect(codesAt(problemsOf('<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><x>&xxe;</x>'))).toEqual([
      'XML_DOCTYPE@',
    ]);
  });

  it('leaves undeclared entities as text instead of expanding them', () => {
    const { plan } = planOf(
      linear().replace('name="Task"', 'name="A &amp; B &lt;1&gt; &#x4E2D;&#25991; &nope; &constructor;"'),
    );
    expect(plan.nodes.Task.name).toBe('A & B <1> 中文 &nope; &constructor;');
  });

  it('refuses input over 2 MB, too many XML tags and too many flow elements, each with one problem', () => {
    const big = linear().replace('</bpmn:definitions>', `<!--${'x'.repeat(2 * 1024 * 1024)}--></bpmn:definitions>`);
    expect(codesAt(problemsOf(big))).toEqual(['XML_TOO_LARGE@']);
    const multiByte = linear().replace('</bpmn:definitions>', `<!--${'中'.repeat(800 * 1024)}--></bpmn:definitions>`);
    expect(codesAt(problemsOf(multiByte))).toEqual(['XML_TOO_LARGE@']);
    const tags = linear().replace(
      '</bpmn:process>',
      `</bpmn:process><x:many xmlns:x="urn:x">${'<x:a/>'.repeat(70000)}</x:many>`,
    );
    expect(codesAt(problemsOf(tags))).toEqual(['XML_TOO_LARGE@']);
    const nodes = Array.from({ length: 5001 }, (_, i) => `<bpmn:task id="T${i}"/>`).join('');
    const tooMany = problemsOf(definitions(nodes));
    expect(codesAt(tooMany)).toEqual(['TOO_MANY_ELEMENTS@Process_1']);
    expect(tooMany[0].messageEn).toContain('5001');
  });

  it('refuses deeply nested XML without overflowing the stack', () => {
    const deep = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">${'<a>'.repeat(20000)}${'</a>'.repeat(20000)}</bpmn:definitions>`;
    expect(codesAt(problemsOf(deep))).toEqual(['XML_MALFORMED@']);
    const subs = (n: number): string => (n === 0 ? '' : `<bpmn:subProcess id="S${n}">${subs(n - 1)}</bpmn:subProcess>`);
    expectWellFormed(compileBpmn(definitions(start() + subs(60) + end())));
  });

  it('treats names of Object.prototype members as ordinary, unknown names', () => {
    const xml = definitions(
      start('constructor') +
        '<bpmn:toString id="hasOwnProperty"/>' +
        userTask(
          '__proto__x',
          '<ow:Candidates department="toString" role="constructor"/><ow:Step kind="valueOf" timeLimitDays="constructor"/>',
        ) +
        '<bpmn:serviceTask id="S"><bpmn:extensionElements><ow:ServiceCall activity="constructor"><ow:Param name="__proto__" value="x"/></ow:ServiceCall></bpmn:extensionElements></bpmn:serviceTask>' +
        end('End', '__proto__') +
        flow('F1', 'constructor', '__proto__x') +
        flow('F2', '__proto__x', 'S') +
        flow('F3', 'S', 'End'),
    );
    expect(codesAt(problemsOf(xml))).toEqual(
      expect.arrayContaining([
        'UNSUPPORTED_ELEMENT@hasOwnProperty',
        'CANDIDATE_DEPARTMENT_UNKNOWN@__proto__x',
        'ROLE_INVALID@__proto__x',
        'STEP_KIND_INVALID@__proto__x',
        'TIME_LIMIT_INVALID@__proto__x',
        'SERVICE_UNKNOWN_ACTIVITY@S',
        'OUTCOME_INVALID@End',
      ]),
    );
    expect(codesAt(problemsOf(definitions(start() + '<bpmn:userTask id="__proto__"/>')))).toContain(
      'INVALID_ID@__proto__',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('compiles loops back to an earlier task (return for rework)', () => {
    const xml = definitions(
      start() +
        userTask('Review') +
        '<bpmn:exclusiveGateway id="G" default="Back"/>' +
        end() +
        flow('F1', 'Start', 'Review') +
        flow('F2', 'Review', 'G') +
        flow('Ok', 'G', 'End', 'decision == "approve"') +
        flow('Back', 'G', 'Review'),
    );
    expect(planOf(xml).plan.nodes.Review.incoming).toEqual(['F1', 'Back']);
  });
});
