/**
 * The diagram interchange (bpmndi:BPMNDiagram: shapes, edges, waypoints) is often half of a file and the
 * compiler never reads it, so it is cut out of the text before parsing (the whole text is still validated).
 * Only prefixes the root element binds to the BPMN DI namespace are cut; anything else is left to the parser.
 */
const DI_NS = 'http://www.omg.org/spec/BPMN/20100524/DI';
const DI_PREFIX = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*(["'])([^"']*)\2/g;

/** The root element's start tag, after any declaration, comments and processing instructions. */
function rootStartTag(xml: string): string {
  let at = 0;
  for (;;) {
    at = xml.indexOf('<', at);
    if (at === -1) return '';
    if (xml.startsWith('<?', at)) at = xml.indexOf('?>', at);
    else if (xml.startsWith('<!--', at)) at = xml.indexOf('-->', at);
    else break;
    if (at === -1) return '';
  }
  const match = /^<[A-Za-z_][^>]*>/.exec(xml.slice(at, at + 4096));
  return match ? match[0] : '';
}

/** Whether the text at `at` lies inside a comment or a CDATA section. */
const quoted = (xml: string, at: number) =>
  xml.lastIndexOf('<!--', at) > xml.lastIndexOf('-->', at) ||
  xml.lastIndexOf('<![CDATA[', at) > xml.lastIndexOf(']]>', at);

function cutElements(xml: string, qname: string): string {
  const open = `<${qname}`;
  const close = `</${qname}>`;
  let out = '';
  let from = 0;
  for (let at = xml.indexOf(open); at !== -1; at = xml.indexOf(open, from)) {
    const next = xml.charAt(at + open.length);
    if ((next !== '>' && next !== '/' && !/\s/.test(next)) || quoted(xml, at)) {
      out += xml.slice(from, at + open.length);
      from = at + open.length;
      continue;
    }
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd === -1) break;
    const end = xml.charAt(tagEnd - 1) === '/' ? tagEnd + 1 : xml.indexOf(close, tagEnd);
    if (end === -1) break;
    out += xml.slice(from, at);
    from = xml.charAt(tagEnd - 1) === '/' ? end : end + close.length;
  }
  return out + xml.slice(from);
}

export function stripDiagramInterchange(xml: string): string {
  let result = xml;
  for (const [, prefix, , uri] of rootStartTag(xml).matchAll(DI_PREFIX)) {
    if (uri === DI_NS) result = cutElements(result, `${prefix}:BPMNDiagram`);
  }
  return result;
}
