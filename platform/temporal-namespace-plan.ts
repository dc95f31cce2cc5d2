import { SEARCH_ATTRIBUTES } from '../workflows/search-attributes';

/** A search attribute type as the Temporal CLI spells it (`--type Keyword`). */
export type SearchAttributeType =
  (typeof SEARCH_ATTRIBUTES)[keyof typeof SEARCH_ATTRIBUTES] | 'Text' | 'Int' | 'Double';

/** Temporal's IndexedValueType enum (temporal.api.enums.v1), by the CLI's names. */
export const INDEXED_VALUE_TYPE: Record<SearchAttributeType, number> = {
  Text: 1,
  Keyword: 2,
  Int: 3,
  Double: 4,
  Bool: 5,
  Datetime: 6,
  KeywordList: 7,
};

const typeName = (indexed: number): string =>
  Object.entries(INDEXED_VALUE_TYPE).find(([, n]) => n === indexed)?.[0] ?? `unknown type ${indexed}`;

export interface AttributeDiff {
  missing: Array<{ name: string; type: SearchAttributeType }>;
  wrongType: Array<{ name: string; expected: SearchAttributeType; actual: string }>;
}

/** What the namespace lacks of the attributes the workflows set: absent ones, and ones registered with another type. */
export function diffSearchAttributes(
  expected: Readonly<Record<string, SearchAttributeType>>,
  actual: Readonly<Record<string, number>>,
): AttributeDiff {
  const diff: AttributeDiff = { missing: [], wrongType: [] };
  for (const [name, type] of Object.entries(expected)) {
    if (actual[name] === undefined) diff.missing.push({ name, type });
    else if (actual[name] !== INDEXED_VALUE_TYPE[type])
      diff.wrongType.push({ name, expected: type, actual: typeName(actual[name]) });
  }
  return diff;
}

/** Where the CLI commands go: the same server, and the flags an operator adds for its TLS or API key. */
export interface CommandTarget {
  address: string;
  namespace: string;
  tls: boolean;
  apiKey: boolean;
}

const connectionFlags = (t: CommandTarget) =>
  `--address ${t.address}${t.tls ? ' --tls' : ''}${t.apiKey ? ' --api-key "$TEMPORAL_API_KEY"' : ''}`;

export const namespaceCommand = (t: CommandTarget, retentionDays: number) =>
  `temporal operator namespace create --namespace ${t.namespace} --retention ${retentionDays}d ${connectionFlags(t)}`;

export const addAttributesCommand = (t: CommandTarget, attributes: AttributeDiff['missing']) =>
  `temporal operator search-attribute create --namespace ${t.namespace} ${connectionFlags(t)} ${attributes
    .map((a) => `--name ${a.name} --type ${a.type}`)
    .join(' ')}`;

export const removeAttributesCommand = (t: CommandTarget, names: string[]) =>
  `temporal operator search-attribute remove --namespace ${t.namespace} ${connectionFlags(t)} ${names
    .map((n) => `--name ${n}`)
    .join(' ')} --yes`;

/** The start-up message for attributes this process could not add, with the commands that fix the namespace. */
export function attributeProblemMessage(t: CommandTarget, diff: AttributeDiff, refusal?: string): string {
  const lines = [
    `Temporal namespace "${t.namespace}" at ${t.address} is not ready for OneWindow (Temporal 命名空间未就绪):`,
  ];
  if (diff.missing.length) {
    lines.push(
      `  missing search attributes (缺少搜索属性): ${diff.missing.map((a) => `${a.name} (${a.type})`).join(', ')}`,
    );
    if (refusal) lines.push(`  the server refused to add them: ${refusal}`);
    lines.push('  add them with:', `    ${addAttributesCommand(t, diff.missing)}`);
  }
  if (diff.wrongType.length) {
    lines.push(
      `  search attributes of the wrong type (搜索属性类型不符): ${diff.wrongType
        .map((a) => `${a.name} is ${a.actual}, must be ${a.expected}`)
        .join('; ')}`,
      '  they are not changed automatically (workflows of other applications may use them); if nothing else does:',
      `    ${removeAttributesCommand(
        t,
        diff.wrongType.map((a) => a.name),
      )}`,
      `    ${addAttributesCommand(
        t,
        diff.wrongType.map((a) => ({ name: a.name, type: a.expected })),
      )}`,
    );
  }
  return lines.join('\n');
}

export function namespaceProblemMessage(
  t: CommandTarget,
  retentionDays: number,
  refusal: string,
  attributes: Readonly<Record<string, SearchAttributeType>>,
): string {
  return [
    `Temporal namespace "${t.namespace}" does not exist at ${t.address} (Temporal 命名空间不存在), and the server refused to create it: ${refusal}`,
    '  create it, and the search attributes OneWindow sets, with:',
    `    ${namespaceCommand(t, retentionDays)}`,
    `    ${addAttributesCommand(
      t,
      Object.entries(attributes).map(([name, type]) => ({ name, type })),
    )}`,
  ].join('\n');
}
