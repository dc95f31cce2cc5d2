/**
 * XML text → a namespace-resolved element tree, with fast-xml-parser (pure JS, synchronous, browser-safe).
 * Entities are never expanded: DOCTYPE is refused and only the five predefined entities and character
 * references are decoded, by us.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MAX_XML_BYTES, MAX_XML_DEPTH, MAX_XML_TAGS } from './limits';
import { stripDiagramInterchange } from './strip-diagram';

export interface XmlElement {
  /** qualified name as written, e.g. bpmn:userTask */
  name: string;
  /** namespace URI of the element; undefined when its prefix is not declared */
  ns: string | undefined;
  local: string;
  /** attributes by qualified name as written, values entity-decoded */
  attrs: Map<string, string>;
  children: XmlElement[];
  /** text and CDATA content directly inside the element */
  text: string;
}

export interface XmlError {
  code: 'XML_EMPTY' | 'XML_TOO_LARGE' | 'XML_DOCTYPE' | 'XML_MALFORMED';
  messageZh: string;
  messageEn: string;
}

type RawNode = Record<string, unknown>;

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  commentPropName: false,
  maxNestedTags: MAX_XML_DEPTH,
} as const;

const PREDEFINED_ENTITIES = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decodeCodePoint(code: number, original: string): string {
  const valid = Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : original;
}

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return decodeCodePoint(parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return decodeCodePoint(parseInt(ref.slice(1), 10), whole);
    return PREDEFINED_ENTITIES.get(ref) ?? whole;
  });
}

function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return bytes;
}

/** Start tags, counted without parsing: `<` followed by a name character. */
function countStartTags(s: string): number {
  let count = 0;
  for (let i = s.indexOf('<'); i !== -1; i = s.indexOf('<', i + 1)) {
    const next = s.charCodeAt(i + 1);
    if (next !== 47 /* / */ && next !== 33 /* ! */ && next !== 63 /* ? */ && !Number.isNaN(next)) count += 1;
  }
  return count;
}

const tagOf = (node: RawNode): string | undefined => Object.keys(node).find((k) => k !== ':@');

function splitName(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(':');
  return colon === -1 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

function toElement(name: string, raw: RawNode, inherited: ReadonlyMap<string, string>): XmlElement {
  const attrs = new Map<string, string>();
  const rawAttrs = (raw[':@'] ?? {}) as Record<string, unknown>;
  let scope = inherited;
  for (const key of Object.keys(rawAttrs)) {
    const value = decodeEntities(String(rawAttrs[key]));
    attrs.set(key, value);
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if (scope === inherited) scope = new Map(inherited);
      (scope as Map<string, string>).set(key === 'xmlns' ? '' : key.slice(6), value);
    }
  }
  const [prefix, local] = splitName(name);
  const element: XmlElement = { name, ns: scope.get(prefix), local, attrs, children: [], text: '' };
  const content = raw[name];
  for (const child of Array.isArray(content) ? (content as RawNode[]) : []) {
    const tag = tagOf(child);
    if (tag === undefined) continue;
    if (tag === '#text') element.text += decodeEntities(String(child[tag]));
    else if (tag === '#cdata') element.text += cdataText(child[tag]);
    else element.children.push(toElement(tag, child, scope));
  }
  return element;
}

function cdataText(content: unknown): string {
  return Array.isArray(content) ? content.map((part: RawNode) => String(part['#text'] ?? '')).join('') : '';
}

/** Parses without the diagram interchange when possible; the full text when cutting it went wrong. */
function parseOrdered(text: string): RawNode[] {
  const parser = new XMLParser(PARSER_OPTIONS);
  const stripped = stripDiagramInterchange(text);
  if (stripped !== text) {
    try {
      return parser.parse(stripped) as RawNode[];
    } catch {
      // fall through to the full text, whose errors are the ones to report
    }
  }
  return parser.parse(text) as RawNode[];
}

const xmlError = (code: XmlError['code'], messageZh: string, messageEn: string): XmlError => ({
  code,
  messageZh,
  messageEn,
});

/** Parses the document's root element, or says why it cannot. Never throws. */
export function parseXml(xml: unknown): { ok: true; root: XmlElement } | { ok: false; error: XmlError } {
  if (typeof xml !== 'string' || xml.trim() === '') {
    return {
      ok: false,
      error: xmlError('XML_EMPTY', '文件为空，不是 BPMN 流程图', 'The file is empty: not a BPMN diagram'),
    };
  }
  if (xml.length > MAX_XML_BYTES || (xml.length * 3 > MAX_XML_BYTES && utf8Length(xml) > MAX_XML_BYTES)) {
    return {
      ok: false,
      error: xmlError(
        'XML_TOO_LARGE',
        '文件超过 2 MB，无法处理',
        'The file is larger than 2 MB and cannot be processed',
      ),
    };
  }
  if (countStartTags(xml) > MAX_XML_TAGS) {
    return {
      ok: false,
      error: xmlError(
        'XML_TOO_LARGE',
        `文件含有超过 ${MAX_XML_TAGS} 个 XML 元素，无法处理`,
        `The file has more than ${MAX_XML_TAGS} XML elements and cannot be processed`,
      ),
    };
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    return {
      ok: false,
      error: xmlError('XML_DOCTYPE', '不允许 DOCTYPE 或实体声明', 'DOCTYPE and entity declarations are not allowed'),
    };
  }
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      const { line, col, msg } = valid.err;
      return {
        ok: false,
        error: xmlError(
          'XML_MALFORMED',
          `XML 格式错误（第 ${line} 行第 ${col} 列）：${msg}`,
          `Malformed XML (line ${line}, column ${col}): ${msg}`,
        ),
      };
    }
    const nodes = parseOrdered(text);
    const rootNode = nodes.find((n) => tagOf(n) !== undefined && !tagOf(n)!.startsWith('#'));
    if (!rootNode)
      return { ok: false, error: xmlError('XML_MALFORMED', 'XML 中没有根元素', 'The XML has no root element') };
    return { ok: true, root: toElement(tagOf(rootNode)!, rootNode, new Map()) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: xmlError('XML_MALFORMED', `XML 无法解析：${reason}`, `The XML cannot be parsed: ${reason}`),
    };
  }
}
