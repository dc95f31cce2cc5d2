/** A large valid diagram for the large-diagram tests: a chain of approval sections, each a user task, an exclusive gateway with a rejection branch, and a parallel split / join of two service tasks. */
import { definitions, end, exclusive, flow, serviceTask, start, userTask } from './diagram';

const DI_NAMESPACES =
  'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"';

/** bpmn-js style diagram interchange: a shape per node, an edge with three waypoints per flow. */
function withDiagram(xml: string): string {
  const ids = [...xml.matchAll(/<bpmn:(\w+) id="([^"]+)"/g)];
  const di = ids
    .map(([, type, id], i) =>
      type === 'sequenceFlow'
        ? `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${i * 10}" y="100"/><di:waypoint x="${i * 10 + 5}" y="150"/><di:waypoint x="${i * 10 + 10}" y="100"/></bpmndi:BPMNEdge>`
        : `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${i * 10}" y="80" width="100" height="80"/></bpmndi:BPMNShape>`,
    )
    .join('\n');
  return xml
    .replace('<bpmn:definitions ', `<bpmn:definitions ${DI_NAMESPACES} `)
    .replace(
      '</bpmn:process>',
      `</bpmn:process><bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="Plane" bpmnElement="Process_1">\n${di}\n</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`,
    );
}

/** About 15 flow elements per section; with its diagram interchange when `diagram` is set. */
export function generatedDiagram(sections: number, diagram = false): string {
  const parts: string[] = [start()];
  let previous = 'Start';
  let f = 0;
  const link = (from: string, to: string, condition?: string) => parts.push(flow(`F${(f += 1)}`, from, to, condition));
  for (let i = 0; i < sections; i += 1) {
    parts.push(
      userTask(`T${i}`),
      exclusive(`G${i}`, `F${f + 4}`),
      end(`R${i}`, 'REJECTED'),
      '<bpmn:parallelGateway id="P' + i + '"/>',
      serviceTask(`A${i}`),
      serviceTask(`B${i}`),
      '<bpmn:parallelGateway id="J' + i + '"/>',
    );
    link(previous, `T${i}`);
    link(`T${i}`, `G${i}`);
    link(`G${i}`, `P${i}`, 'decision == "approve"');
    link(`G${i}`, `R${i}`);
    link(`P${i}`, `A${i}`);
    link(`P${i}`, `B${i}`);
    link(`A${i}`, `J${i}`);
    link(`B${i}`, `J${i}`);
    previous = `J${i}`;
  }
  parts.push(end());
  link(previous, 'End');
  const xml = definitions(parts.join(''));
  return diagram ? withDiagram(xml) : xml;
}
