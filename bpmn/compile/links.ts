/**
 * Link events: an intermediate throw link jumps to the intermediate catch link of the same name in the same scope
 * (a page connector, for a long diagram). Resolved here into a sequence flow from the throw to its catch (its id
 * `<throwId>~link`, which no element id can be), so the interpreter, the reachability check and the plan treat the
 * jump as any other flow. A throw without its catch, and two catches of one name in a scope, are problems.
 */
import type { Findings } from './findings';
import type { SourceNode, SourceProcess } from './read-process';

/** The link's name: the linkEventDefinition's `name`, else the event's own. */
export function linkName(node: SourceNode): string | undefined {
  const definition = node.eventDefinitions.find((d) => d.local === 'linkEventDefinition');
  return definition?.attrs.get('name')?.trim() || node.name?.trim() || undefined;
}

const scopeKey = (node: SourceNode, name: string) => `${node.parentId ?? ''}\u0000${name}`;

export function resolveLinks(process: SourceProcess, findings: Findings): void {
  const links = process.nodes.filter((n) => n.planType === 'linkEvent');
  const catches = new Map<string, SourceNode[]>();
  for (const node of links) {
    const name = linkName(node);
    if (!name) {
      findings.error(node, 'LINK_NAME_MISSING', '链接事件没有名称', 'The link event has no name');
      continue;
    }
    if (node.local !== 'intermediateCatchEvent') continue;
    const key = scopeKey(node, name);
    catches.set(key, [...(catches.get(key) ?? []), node]);
  }
  for (const [key, found] of catches) {
    if (found.length < 2) continue;
    const name = key.split('\u0000')[1];
    for (const node of found)
      findings.error(
        node,
        'LINK_CATCH_DUPLICATE',
        `同一范围内有 ${found.length} 个名为“${name}”的链接捕获事件（${found.map((n) => n.id).join('、')}）：名称应唯一`,
        `${found.length} link catch events named '${name}' in one scope (${found.map((n) => n.id).join(', ')}): the name must be unique`,
      );
  }
  for (const node of links) {
    const name = linkName(node);
    if (!name || node.local !== 'intermediateThrowEvent') continue;
    const target = catches.get(scopeKey(node, name));
    if (!target) {
      findings.error(
        node,
        'LINK_CATCH_MISSING',
        `链接抛出事件“${name}”在同一范围内没有同名的链接捕获事件`,
        `The link throw event '${name}' has no link catch event of that name in its scope`,
      );
      continue;
    }
    if (target.length !== 1) continue;
    process.flows.push({
      id: `${node.id}~link`,
      type: 'bpmn:SequenceFlow',
      ...(node.parentId ? { parentId: node.parentId } : {}),
      sourceRef: node.id,
      targetRef: target[0].id,
    });
  }
}
