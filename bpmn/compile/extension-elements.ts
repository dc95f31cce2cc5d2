import { BPMN_NS } from './namespaces';
import type { XmlElement } from './xml-tree';

/** The children of an element's bpmn:extensionElements, in document order (several containers read as one). */
export function extensionChildren(el: XmlElement): XmlElement[] {
  return el.children.filter((c) => c.ns === BPMN_NS && c.local === 'extensionElements').flatMap((c) => c.children);
}

/** The first extension element named `local`, in the namespace `ns` when given (any vendor's otherwise). */
export function firstExtension(el: XmlElement, local: string, ns?: string): XmlElement | undefined {
  return extensionChildren(el).find((c) => c.local === local && (ns === undefined || c.ns === ns));
}
