/**
 * Camunda 8's variable mappings, `zeebe:ioMapping` with `zeebe:input` / `zeebe:output source target`: a source with a
 * leading `=` is FEEL, any other is a fixed text (as Camunda reads it). Read where the engine applies them
 * (business-rule tasks); a FEEL source that does not compile, or a target that is no name, is a problem on the task.
 */
import type { VariableMapping } from '../plan';
import { isFeel } from '../feel';
import { compileFeel } from './feel-expressions';
import type { Findings } from './findings';
import { firstExtension } from './extension-elements';
import { ZEEBE_NS } from './namespaces';
import type { SourceNode } from './read-process';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function readIoMappings(
  node: SourceNode,
  findings: Findings,
): { inputMappings?: VariableMapping[]; outputMappings?: VariableMapping[] } {
  const mapping = firstExtension(node.el, 'ioMapping', ZEEBE_NS);
  if (!mapping) return {};
  const read = (local: 'input' | 'output') =>
    mapping.children
      .filter((c) => c.ns === ZEEBE_NS && c.local === local)
      .flatMap((el): VariableMapping[] => {
        const source = el.attrs.get('source')?.trim() ?? '';
        const target = el.attrs.get('target')?.trim() ?? '';
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
