// Reads each BPMN file given on the command line with bpmn-moddle (what bpmn-js uses) and the designer's descriptors,
// writes it back, and prints JSON: import warnings, the ow:* elements seen, and the XML bpmn-moddle exported.
// A separate ES module because bpmn-moddle is ESM-only and jest runs CommonJS.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const ow = require('../../../../bpmn/moddle/onewindow.json');
// the designer's descriptors (admin-ui/src/designer/modeler-options.ts): ours and Camunda 8's, for designed forms
const zeebe = require('zeebe-bpmn-moddle/resources/zeebe.json');
const moddle = new BpmnModdle({ ow, zeebe });

function owElements(element, found = []) {
  if (!element || typeof element !== 'object') return found;
  if (typeof element.$type === 'string' && element.$type.startsWith('ow:')) {
    const attrs = Object.fromEntries(Object.entries(element).filter(([k]) => !k.startsWith('$') && k !== 'params'));
    found.push({
      type: element.$type,
      attrs,
      params: (element.params ?? []).map((p) => ({ type: p.$type, name: p.name, value: p.value })),
    });
  }
  for (const [key, value] of Object.entries(element)) {
    if (key.startsWith('$')) continue;
    for (const child of Array.isArray(value) ? value : [value])
      if (child && typeof child === 'object' && child.$type) owElements(child, found);
  }
  return found;
}

const results = [];
for (const file of process.argv.slice(2)) {
  const { rootElement, warnings } = await moddle.fromXML(readFileSync(file, 'utf8'));
  const { xml } = await moddle.toXML(rootElement, { format: true });
  results.push({ file, warnings: warnings.map((w) => w.message), owElements: owElements(rootElement), xml });
}
process.stdout.write(JSON.stringify(results));
