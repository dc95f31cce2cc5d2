/**
 * What changed between two versions of a diagram, element by element (by id): for the designer's publish dialog.
 * The layout (BPMN DI) is not compared, nor the derived `incoming` / `outgoing` lists: moving a shape is no change.
 */
import { bpmnType } from './compile/findings';
import { BPMN_NS } from './compile/namespaces';
import { parseXml, type XmlElement } from './compile/xml-tree';

export interface DiffElement {
  id: string;
  name?: string;
  /** e.g. bpmn:UserTask */
  type: string;
}

export interface DiagramDiff {
  added: DiffElement[];
  removed: DiffElement[];
  changed: DiffElement[];
}

interface Entry extends DiffElement {
  fingerprint: string;
}

const DERIVED = new Set(['incoming', 'outgoing']);
const isBpmn = (el: XmlElement, local: string) => el.ns === BPMN_NS && el.local === local;

/** The element's own content: attributes, text and children, except the flow elements nested in a sub-process. */
function fingerprint(el: XmlElement, nested: ReadonlySet<XmlElement>): string {
  const attrs = [...el.attrs].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  const children = el.children
    .filter((c) => !nested.has(c) && !(c.ns === BPMN_NS && DERIVED.has(c.local)))
    .map((c) => fingerprint(c, nested));
  return `<${el.ns ?? ''}|${el.local} ${attrs.join(' ')}>${JSON.stringify(el.text.trim())}${children.join('')}</>`;
}

/** Every element with an id in the document's processes (sub-processes' contents included), by id. */
function elementsOf(root: XmlElement): Map<string, Entry> {
  const found = new Map<string, Entry>();
  const visit = (container: XmlElement) => {
    const members = container.children.filter((c) => c.ns === BPMN_NS && c.attrs.get('id') && !DERIVED.has(c.local));
    for (const el of members) {
      const inner = isBpmn(el, 'subProcess') ? el.children.filter((c) => c.ns === BPMN_NS && c.attrs.get('id')) : [];
      const id = el.attrs.get('id') as string;
      const name = el.attrs.get('name')?.trim() || undefined;
      found.set(id, { id, name, type: bpmnType(el.local), fingerprint: fingerprint(el, new Set(inner)) });
      if (inner.length) visit(el);
    }
  };
  for (const process of root.children.filter((c) => isBpmn(c, 'process'))) {
    const id = process.attrs.get('id');
    if (id) {
      const name = process.attrs.get('name')?.trim() || undefined;
      const attrs = fingerprint({ ...process, children: [], text: '' }, new Set());
      found.set(id, { id, name, type: 'bpmn:Process', fingerprint: attrs });
    }
    visit(process);
  }
  return found;
}

const strip = ({ id, name, type }: Entry): DiffElement => (name === undefined ? { id, type } : { id, name, type });

/** The difference from `before` to `after`; undefined when either is not well-formed XML. */
export function diffDiagrams(before: string, after: string): DiagramDiff | undefined {
  const a = parseXml(before);
  const b = parseXml(after);
  if (!a.ok || !b.ok) return undefined;
  const old = elementsOf(a.root);
  const now = elementsOf(b.root);
  const diff: DiagramDiff = { added: [], removed: [], changed: [] };
  for (const [id, entry] of now) {
    const was = old.get(id);
    if (!was) diff.added.push(strip(entry));
    else if (was.fingerprint !== entry.fingerprint || was.type !== entry.type) diff.changed.push(strip(entry));
  }
  for (const [id, entry] of old) if (!now.has(id)) diff.removed.push(strip(entry));
  return diff;
}
