import { stripDiagramInterchange } from '../../../bpmn/compile/strip-diagram';
import { compileBpmn } from '../../../bpmn/compiler';
import { linear } from './diagram';

const DI = 'xmlns:di2="http://www.omg.org/spec/BPMN/20100524/DI"';
const doc = (body: string, ns = DI) => `<?xml version="1.0"?><!-- <di2:BPMNDiagram> --><root ${ns}>${body}</root>`;

describe('stripDiagramInterchange', () => {
  it('cuts every BPMNDiagram of the prefix bound to the DI namespace, self-closing ones too', () => {
    expect(
      stripDiagramInterchange(
        doc('<a/><di2:BPMNDiagram id="1"><di2:BPMNPlane/></di2:BPMNDiagram><b/><di2:BPMNDiagram id="2"/><c/>'),
      ),
    ).toBe(doc('<a/><b/><c/>'));
  });

  it('leaves diagrams mentioned in comments and CDATA alone', () => {
    const mentioned = doc(
      '<a><!-- <di2:BPMNDiagram> --><b/></a><c><![CDATA[<di2:BPMNDiagram/>]]></c><di2:BPMNDiagram/>',
    );
    expect(stripDiagramInterchange(mentioned)).toBe(
      doc('<a><!-- <di2:BPMNDiagram> --><b/></a><c><![CDATA[<di2:BPMNDiagram/>]]></c>'),
    );
  });

  it('leaves other prefixes and look-alike names alone', () => {
    const other = doc('<x:BPMNDiagram/><di2:BPMNDiagramX/>', `${DI} xmlns:x="urn:other"`);
    expect(stripDiagramInterchange(other)).toBe(other);
    const unbound = doc('<di2:BPMNDiagram/>', 'xmlns:di2="urn:not-di"');
    expect(stripDiagramInterchange(unbound)).toBe(unbound);
  });

  it('gives up on an unclosed diagram (the parser then reports the full text)', () => {
    const broken = doc('<di2:BPMNDiagram id="1"><x/>');
    expect(stripDiagramInterchange(broken)).toBe(broken);
    expect(compileBpmn(linear().replace('</bpmn:process>', '</bpmn:process><bpmndi:BPMNDiagram>')).ok).toBe(false);
  });
});
