/**
 * Reading and editing `ow:*` extension elements. Every edit goes through the command stack
 * (`element.updateModdleProperties`, bundled by the panel's multi-command executor) so it can be undone.
 */
export interface ModdleElement {
  $type: string;
  $parent?: ModdleElement;
  get(name: string): any;
  [key: string]: any;
}
export interface Shape {
  id: string;
  businessObject: ModdleElement;
}
export interface CommandStack {
  execute(command: string, context: unknown): void;
}
export interface BpmnFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement;
}
/** One step of a multi-command (properties-panel.multi-command-executor): the edits together are one undo. */
export interface Command {
  cmd: string;
  context: unknown;
}

export const update = (element: Shape, moddleElement: ModdleElement, properties: Record<string, unknown>): Command => ({
  cmd: 'element.updateModdleProperties',
  context: { element, moddleElement, properties },
});

/** The bpmn:ExtensionElements of `bo` (the element's, or its process's), created by a command added when missing. */
export function extensionContainer(
  element: Shape,
  bo: ModdleElement,
  bpmnFactory: BpmnFactory,
  commands: Command[],
): ModdleElement {
  const existing = bo.get('extensionElements') as ModdleElement | undefined;
  if (existing) return existing;
  const created = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
  created.$parent = bo;
  commands.push(update(element, bo, { extensionElements: created }));
  return created;
}

export function getExtensions(bo: ModdleElement, type: string): ModdleElement[] {
  const values: ModdleElement[] = bo.get('extensionElements')?.get('values') ?? [];
  return values.filter((v) => v.$type === type);
}

export function getExtension(bo: ModdleElement, type: string): ModdleElement | undefined {
  return getExtensions(bo, type)[0];
}

/** Add a new extension element (creating bpmn:ExtensionElements when missing). */
export function addExtension(
  element: Shape,
  type: string,
  attrs: Record<string, unknown>,
  bpmnFactory: BpmnFactory,
  commandStack: CommandStack,
): ModdleElement {
  const commands: Command[] = [];
  const container = extensionContainer(element, element.businessObject, bpmnFactory, commands);
  const created = bpmnFactory.create(type, attrs);
  created.$parent = container;
  commands.push(update(element, container, { values: [...container.get('values'), created] }));
  commandStack.execute('properties-panel.multi-command-executor', commands);
  return created;
}

export function removeExtension(element: Shape, extension: ModdleElement, commandStack: CommandStack): void {
  const container = element.businessObject.get('extensionElements') as ModdleElement;
  commandStack.execute('element.updateModdleProperties', {
    element,
    moddleElement: container,
    properties: { values: container.get('values').filter((v: ModdleElement) => v !== extension) },
  });
}

export function updateModdle(
  element: Shape,
  moddleElement: ModdleElement,
  properties: Record<string, unknown>,
  commandStack: CommandStack,
): void {
  commandStack.execute('element.updateModdleProperties', { element, moddleElement, properties });
}

const isBlank = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Set one attribute of the single extension element of `type`: creates it when missing; removes it when
 * every listed attribute ends up blank (so clearing a field really removes the setting).
 */
export function setExtensionAttr(
  element: Shape,
  type: string,
  attr: string,
  value: unknown,
  allAttrs: string[],
  bpmnFactory: BpmnFactory,
  commandStack: CommandStack,
): void {
  const existing = getExtension(element.businessObject, type);
  const next = isBlank(value) ? undefined : value;
  if (!existing) {
    if (next !== undefined) addExtension(element, type, { [attr]: next }, bpmnFactory, commandStack);
    return;
  }
  if (next === undefined && allAttrs.every((a) => a === attr || isBlank(existing.get(a)))) {
    removeExtension(element, existing, commandStack);
    return;
  }
  updateModdle(element, existing, { [attr]: next }, commandStack);
}
