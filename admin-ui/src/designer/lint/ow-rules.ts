/**
 * Our bpmnlint rules. Messages are i18n keys; bpmn-js-bpmnlint passes them through the designer's translate.
 * The compiler (bpmn/compiler.ts) stays the authority for publishing; these give instant on-canvas hints.
 */
interface ModdleNode {
  id: string;
  $type: string;
  extensionElements?: { values?: Array<{ $type: string }> };
}
interface Reporter {
  report(id: string, message: string): void;
}

const hasExtension = (node: ModdleNode, type: string) =>
  Boolean(node.extensionElements?.values?.some((v) => v.$type === type));

function requireExtension(nodeType: string, extensionType: string, message: string) {
  return () => ({
    check(node: ModdleNode, reporter: Reporter) {
      if (node.$type === nodeType && !hasExtension(node, extensionType)) reporter.report(node.id, message);
    },
  });
}

export const userTaskCandidates = requireExtension(
  'bpmn:UserTask',
  'ow:Candidates',
  'ow.designer.lint.userTaskCandidates',
);
export const serviceTaskActivity = requireExtension(
  'bpmn:ServiceTask',
  'ow:ServiceCall',
  'ow.designer.lint.serviceTaskActivity',
);
