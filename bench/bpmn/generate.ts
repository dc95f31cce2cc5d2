/**
 * Generated procedures of a given size for the compiler and designer benches: review steps, each followed by an
 * exclusive choice between two steps that join again, padded with plain steps, with a full DI layout so bpmn-js
 * draws every element. "Elements" counts flow elements as the compiler's limit does (nodes and sequence flows).
 */
type NodeKind = 'startEvent' | 'endEvent' | 'userTask' | 'exclusiveGateway';

interface Node {
  id: string;
  kind: NodeKind;
  name?: string;
  x: number;
  y: number;
  defaultFlow?: string;
}
interface Flow {
  id: string;
  source: string;
  target: string;
  condition?: string;
}

const SIZE: Record<NodeKind, { w: number; h: number }> = {
  startEvent: { w: 36, h: 36 },
  endEvent: { w: 36, h: 36 },
  userTask: { w: 100, h: 80 },
  exclusiveGateway: { w: 50, h: 50 },
};
const ROW_WIDTH = 6000;
const ROW_HEIGHT = 320;
const STEP = 150;

const BLOCK_ELEMENTS = 11; // 5 nodes + 6 flows, counting the flow that enters the block
const PAD_ELEMENTS = 2; // a plain step and the flow into it
const FIXED_ELEMENTS = 3; // start, end and the flow into the end

/** How many choice blocks and plain steps make exactly `elements` (odd totals get one element more). */
function shape(elements: number): { blocks: number; pads: number } {
  let blocks = Math.max(0, Math.floor((elements - FIXED_ELEMENTS) / BLOCK_ELEMENTS));
  if ((elements - FIXED_ELEMENTS - blocks * BLOCK_ELEMENTS) % 2 !== 0 && blocks > 0) blocks -= 1;
  const pads = Math.max(0, Math.ceil((elements - FIXED_ELEMENTS - blocks * BLOCK_ELEMENTS) / PAD_ELEMENTS));
  return { blocks, pads };
}

class Layout {
  nodes: Node[] = [];
  flows: Flow[] = [];
  private x = 150;
  private row = 0;

  place(id: string, kind: NodeKind, name?: string, laneOffset = 0, advance = true): Node {
    if (this.x > ROW_WIDTH) {
      this.x = 150;
      this.row += 1;
    }
    const node: Node = { id, kind, name, x: this.x, y: 100 + this.row * ROW_HEIGHT + laneOffset };
    this.nodes.push(node);
    if (advance) this.x += STEP;
    return node;
  }

  advance(): void {
    this.x += STEP;
  }

  connect(source: string, target: string, condition?: string): string {
    const id = `Flow_${this.flows.length + 1}`;
    this.flows.push({ id, source, target, condition });
    return id;
  }
}

/** With `feelConditions`, the gateways' conditions are FEEL (`=decision = "reject"`), else the older language. */
export function generateProcedure(
  elements: number,
  { feelConditions = false }: { feelConditions?: boolean } = {},
): { xml: string; elements: number } {
  const { blocks, pads } = shape(elements);
  const l = new Layout();
  let last = l.place('Start', 'startEvent', '收件').id;
  for (let b = 1; b <= blocks; b++) {
    const review = l.place(`Review_${b}`, 'userTask', `审查 ${b}`).id;
    l.connect(last, review);
    const split = l.place(`Choice_${b}`, 'exclusiveGateway', `通过？${b}`);
    l.connect(review, split.id);
    const pass = l.place(`Pass_${b}`, 'userTask', `办理 ${b}`, -60, false).id;
    const other = l.place(`Other_${b}`, 'userTask', `复核 ${b}`, 100).id;
    split.defaultFlow = l.connect(split.id, pass);
    l.connect(split.id, other, feelConditions ? '=decision = "reject"' : 'decision == "reject"');
    const join = l.place(`Join_${b}`, 'exclusiveGateway').id;
    l.connect(pass, join);
    l.connect(other, join);
    last = join;
  }
  for (let p = 1; p <= pads; p++) {
    const step = l.place(`Step_${p}`, 'userTask', `环节 ${p}`).id;
    l.connect(last, step);
    last = step;
  }
  const end = l.place('End', 'endEvent', '办结').id;
  l.connect(last, end);
  return { xml: toXml(l.nodes, l.flows), elements: l.nodes.length + l.flows.length };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function nodeXml(node: Node, flows: Flow[]): string {
  const incoming = flows.filter((f) => f.target === node.id).map((f) => `      <bpmn:incoming>${f.id}</bpmn:incoming>`);
  const outgoing = flows.filter((f) => f.source === node.id).map((f) => `      <bpmn:outgoing>${f.id}</bpmn:outgoing>`);
  const ext = {
    startEvent: '',
    endEvent: '      <bpmn:extensionElements><ow:Outcome value="COMPLETED" /></bpmn:extensionElements>',
    userTask:
      '      <bpmn:extensionElements><ow:Candidates department="$lead" role="APPROVER" /><ow:Step kind="review" /></bpmn:extensionElements>',
    exclusiveGateway: '',
  }[node.kind];
  const attrs = `id="${node.id}"${node.name ? ` name="${esc(node.name)}"` : ''}${node.defaultFlow ? ` default="${node.defaultFlow}"` : ''}`;
  return [`    <bpmn:${node.kind} ${attrs}>`, ext, ...incoming, ...outgoing, `    </bpmn:${node.kind}>`]
    .filter(Boolean)
    .join('\n');
}

function flowXml(flow: Flow): string {
  const head = `    <bpmn:sequenceFlow id="${flow.id}" sourceRef="${flow.source}" targetRef="${flow.target}"`;
  if (!flow.condition) return `${head} />`;
  return `${head}>\n      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${esc(flow.condition)}</bpmn:conditionExpression>\n    </bpmn:sequenceFlow>`;
}

function diXml(nodes: Node[], flows: Flow[]): string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const shapes = nodes.map((n) => {
    const { w, h } = SIZE[n.kind];
    return `      <bpmndi:BPMNShape id="${n.id}_di" bpmnElement="${n.id}"><dc:Bounds x="${n.x}" y="${n.y - h / 2}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`;
  });
  const edges = flows.map((f) => {
    const s = byId.get(f.source)!;
    const t = byId.get(f.target)!;
    const sx = s.x + SIZE[s.kind].w;
    const tx = t.x;
    const points =
      sx <= tx
        ? [
            [sx, s.y],
            [tx, t.y],
          ]
        : [
            [sx, s.y],
            [sx + 20, s.y],
            [sx + 20, s.y + ROW_HEIGHT / 2],
            [tx - 20, s.y + ROW_HEIGHT / 2],
            [tx - 20, t.y],
            [tx, t.y],
          ];
    const waypoints = points.map(([x, y]) => `<di:waypoint x="${x}" y="${y}" />`).join('');
    return `      <bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">${waypoints}</bpmndi:BPMNEdge>`;
  });
  return [...shapes, ...edges].join('\n');
}

function toXml(nodes: Node[], flows: Flow[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" id="Definitions_bench" targetNamespace="http://onewindow.gov.cn/procedures">
  <bpmn:process id="bench_generated" name="生成的流程" isExecutable="true">
${nodes.map((n) => nodeXml(n, flows)).join('\n')}
${flows.map(flowXml).join('\n')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_bench">
    <bpmndi:BPMNPlane id="BPMNPlane_bench" bpmnElement="bench_generated">
${diXml(nodes, flows)}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
