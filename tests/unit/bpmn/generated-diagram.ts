/** A large valid diagram for performance tests: a chain of approval sections, each a user task, an exclusive gateway with a rejection branch, and a parallel split / join of two service tasks. */
import { definitions, end, exclusive, flow, serviceTask, start, userTask } from './diagram';

/** About 13 flow elements per section. */
export function generatedDiagram(sections: number): string {
  const parts: string[] = [start()];
  let previous = 'Start';
  let f = 0;
  const link = (from: string, to: string, condition?: string) => parts.push(flow(`F${(f += 1)}`, from, to, condition));
  for (let i = 0; i < sections; i += 1) {
    parts.push(userTask(`T${i}`), exclusive(`G${i}`, `F${f + 4}`), end(`R${i}`, 'REJECTED'),
      '<bpmn:parallelGateway id="P' + i + '"/>', serviceTask(`A${i}`), serviceTask(`B${i}`), '<bpmn:parallelGateway id="J' + i + '"/>');
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
  return definitions(parts.join(''));
}
