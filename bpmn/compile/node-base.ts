import type { SourceNode } from './read-process';

/** Plan node fields every node has; incoming / outgoing are filled when flows are linked. */
export const nodeBase = (node: SourceNode) => ({
  id: node.id,
  ...(node.name ? { name: node.name } : {}),
  ...(node.parentId ? { parentId: node.parentId } : {}),
  incoming: [] as string[],
  outgoing: [] as string[],
});
