import { BpmnModdle } from 'bpmn-moddle';
import { layoutProcess } from 'bpmn-auto-layout';

/** Whether the diagram carries a drawing: engines and some modelers export the process alone, with no shapes. */
export function hasDrawing(xml: string): boolean {
  return /<(?:[\w-]+:)?BPMNShape\b/.test(xml);
}

interface Element {
  $type: string;
  flowElements?: Element[];
  rootElements?: Element[];
  sourceRef?: Element;
  targetRef?: Element;
  get(name: string): Element[];
}

/** The layout follows each node's incoming / outgoing lists, which many exports leave out: fill them from the flows. */
function linkFlows(container: Element): void {
  for (const element of container.flowElements ?? []) {
    if (element.$type === 'bpmn:SequenceFlow' && element.sourceRef && element.targetRef) {
      const out = element.sourceRef.get('outgoing');
      if (!out.includes(element)) out.push(element);
      const into = element.targetRef.get('incoming');
      if (!into.includes(element)) into.push(element);
    }
    if (element.flowElements) linkFlows(element);
  }
}

async function withLinkedFlows(xml: string): Promise<string> {
  const moddle = new BpmnModdle();
  const { rootElement } = (await moddle.fromXML(xml)) as unknown as { rootElement: Element };
  for (const root of rootElement.rootElements ?? []) if (root.$type === 'bpmn:Process') linkFlows(root);
  return (await moddle.toXML(rootElement)).xml;
}

/**
 * A diagram without a drawing opens laid out by bpmn.io's auto-layout (its flow elements, left to right), so a
 * process exported by an engine or another tool shows on the canvas; one with a drawing opens as drawn. A diagram
 * the layout cannot handle opens as it is (the canvas stays empty, the live check still lists its problems).
 */
export async function laidOut(xml: string): Promise<{ xml: string; laidOut: boolean }> {
  if (hasDrawing(xml)) return { xml, laidOut: false };
  try {
    return { xml: await layoutProcess(await withLinkedFlows(xml)), laidOut: true };
  } catch {
    return { xml, laidOut: false };
  }
}
