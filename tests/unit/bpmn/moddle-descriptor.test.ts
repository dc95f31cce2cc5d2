import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compileBpmn } from '../../../bpmn/compiler';
import descriptor from '../../../bpmn/moddle/onewindow.json';

const DIR = path.resolve(__dirname, '../../../bpmn/procedures');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.bpmn'))
  .sort()
  .map((f) => path.join(DIR, f));

interface Roundtrip {
  file: string;
  warnings: string[];
  owElements: Array<{
    type: string;
    attrs: Record<string, unknown>;
    params: Array<{ type: string; name: string; value: string }>;
  }>;
  xml: string;
}

/** bpmn-moddle (the model layer of bpmn-js) reading and writing the seeded files with our descriptor. */
function roundtrip(files: string[]): Roundtrip[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'support/moddle-roundtrip.mjs'), ...files], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Roundtrip[];
}

describe('the ow moddle descriptor', () => {
  const results = roundtrip(FILES);

  it('declares the prefix, namespace and extension types the console uses', () => {
    expect(descriptor).toMatchObject({ prefix: 'ow', uri: 'http://onewindow.gov.cn/schema/bpmn/1.0' });
    const types = Object.fromEntries(descriptor.types.map((t) => [t.name, t]));
    expect(Object.keys(types).sort()).toEqual([
      'CalledProcedure',
      'Candidates',
      'Dmn',
      'FormField',
      'In',
      'Message',
      'Out',
      'Outcome',
      'Param',
      'ServiceCall',
      'Step',
      'Timer',
    ]);
    for (const name of [
      'Candidates',
      'Step',
      'FormField',
      'ServiceCall',
      'Timer',
      'Outcome',
      'Message',
      'CalledProcedure',
      'In',
      'Out',
      'Dmn',
    ]) {
      expect(types[name].superClass).toEqual(['Element']);
      expect((types[name] as { meta?: { allowedIn: string[] } }).meta?.allowedIn.length).toBeGreaterThan(0);
    }
    expect(types.ServiceCall.properties).toContainEqual({ name: 'params', type: 'Param', isMany: true });
    // a business-rule task's DMN document is the body of its ow:Dmn
    expect(types.Dmn.properties).toEqual([{ name: 'body', type: 'String', isBody: true }]);
  });

  it('lets bpmn-moddle read every seeded procedure without warnings, with typed ow:* values', () => {
    for (const r of results) expect(r.warnings).toEqual([]);
    const all = results.flatMap((r) => r.owElements);
    expect(new Set(all.map((e) => e.type))).toEqual(
      new Set([
        'ow:Candidates',
        'ow:Step',
        'ow:FormField',
        'ow:ServiceCall',
        'ow:Param',
        'ow:Timer',
        'ow:Outcome',
        'ow:Message',
      ]),
    );
    const step = all.find((e) => e.type === 'ow:Step' && e.attrs.timeLimitDays !== undefined);
    expect(typeof step?.attrs.timeLimitDays).toBe('number');
    expect(all.find((e) => e.type === 'ow:FormField')?.attrs.required).toEqual(expect.any(Boolean));
    expect(all.find((e) => e.type === 'ow:ServiceCall')?.params[0]).toMatchObject({
      type: 'ow:Param',
      name: expect.any(String),
    });
  });

  it('writes them back to XML that compiles to the same plan', () => {
    for (const r of results) {
      const before = compileBpmn(readFileSync(r.file, 'utf8'));
      const after = compileBpmn(r.xml);
      expect(after).toEqual(before);
    }
  });

  it('round-trips the foreign-modeler fixtures that carry ow:* elements too', () => {
    const fixtures = ['camunda-modeler.bpmn', 'signavio.bpmn', 'semantic-prefix.bpmn'].map((f) =>
      path.resolve(__dirname, '../../fixtures/bpmn', f),
    );
    for (const r of roundtrip(fixtures)) {
      expect(r.owElements.length).toBeGreaterThan(0);
      const after = compileBpmn(r.xml);
      expect(after.ok).toBe(true);
    }
  });
});

describe('a form designed with form-js through bpmn-moddle (what the designer loads and saves)', () => {
  const file = path.resolve(__dirname, '../../fixtures/bpmn/camunda8-embedded-form.bpmn');
  const [result] = roundtrip([file]);

  it('reads the Camunda 8 diagram without warnings, and what it writes compiles to the same form', () => {
    expect(result.warnings).toEqual([]);
    expect(result.xml).toContain('<zeebe:userTaskForm id="UserTaskForm_2k5b1d8">');
    expect(result.xml).toContain('<zeebe:assignmentDefinition candidateGroups="surveyors" />');
    const before = compileBpmn(readFileSync(file, 'utf8'));
    const after = compileBpmn(result.xml);
    if (!before.ok || !after.ok) throw new Error('expected both to compile');
    expect(after.plan.nodes.Activity_survey).toEqual(before.plan.nodes.Activity_survey);
  });
});
