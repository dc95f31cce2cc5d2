/**
 * Camunda 8's variable mappings, `zeebe:ioMapping` with `zeebe:input` / `zeebe:output source target`: a source with a
 * leading `=` is FEEL, any other is a fixed text (as Camunda reads it), on business-rule, user and service tasks; a call
 * activity reads the same entries as its variable paths (call-activity.ts). A FEEL source that does not compile, or
 * a target that is no name, is a problem on the task.
 */
import type { VariableMapping } from '../plan';
import { isFeel } from '../feel';
import { compileFeel } from './feel-expressions';
import type { Findings } from './findings';
import { extensionChildren } from './extension-elements';
import { ZEEBE_NS } from './namespaces';
import type { SourceNode } from './read-process';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The node's `zeebe:input` or `zeebe:output` entries as written, in document order: the one reader of zeebe:ioMapping. */
export function zeebeMappings(node: SourceNode, local: 'input' | 'output'): { source: string; target: string }[] {
  return extensionChildren(node.el)
    .filter((c) => c.ns === ZEEBE_NS && c.local === 'ioMapping')
    .flatMap((io) => io.children.filter((c) => c.ns === ZEEBE_NS && c.local === local))
    .map((el) => ({ source: el.attrs.get('source')?.trim() ?? '', target: el.attrs.get('target')?.trim() ?? '' }));
}

/** The mappings as the engine applies them on a task (business-rule, user and service tasks). */
export function readIoMappings(
  node: SourceNode,
  findings: Findings,
): { inputMappings?: VariableMapping[]; outputMappings?: VariableMapping[] } {
  const read = (local: 'input' | 'output') =>
    zeebeMappings(node, local).flatMap(({ source, target }): VariableMapping[] => {
      if (!NAME.test(target)) {
        findings.error(
          node,
          'MAPPING_INVALID',
          `变量映射的目标 “${target}” 无效：应为字母、数字和下划线`,
          `The variable mapping's target '${target}' is invalid: use letters, digits and underscores`,
        );
        return [];
      }
      if (!isFeel(source)) return [{ source: { kind: 'literal', value: source }, target }];
      const compiled = compileFeel(source);
      if (compiled.ok) return [{ source: compiled.expr, target }];
      findings.error(node, compiled.code, compiled.messageZh, compiled.messageEn);
      return [];
    });
  const inputMappings = read('input');
  const outputMappings = read('output');
  return {
    ...(inputMappings.length ? { inputMappings } : {}),
    ...(outputMappings.length ? { outputMappings } : {}),
  };
}
