/**
 * A user task's form designed with form-js, kept in the diagram as Camunda 8 keeps an embedded form: the task's
 * `zeebe:FormDefinition formKey="camunda-forms:bpmn:<id>"` names a `zeebe:UserTaskForm id="<id>"` among the process's
 * extension elements, whose body is the schema's JSON. Every edit is one undoable command (the panel's
 * multi-command executor), so the draft saves and publishes it like any other change.
 */
import { EMBEDDED_FORM_KEY_PREFIX } from '../../../../bpmn/form-schema';
import {
  extensionContainer as container,
  getExtension,
  update,
  type BpmnFactory,
  type Command,
  type CommandStack,
  type ModdleElement,
  type Shape,
} from '../ow-properties/extension';

const DEFINITION = 'zeebe:FormDefinition';
const FORM = 'zeebe:UserTaskForm';

export type FormSchema = { [key: string]: unknown };

/** The process a flow element belongs to (through any sub-processes around it). */
function processOf(bo: ModdleElement): ModdleElement | undefined {
  let at: ModdleElement | undefined = bo.$parent;
  while (at && at.$type !== 'bpmn:Process') at = at.$parent;
  return at;
}

const values = (bo: ModdleElement | undefined): ModdleElement[] => bo?.get('extensionElements')?.get('values') ?? [];

function embeddedForm(element: Shape): { definition?: ModdleElement; form?: ModdleElement; process?: ModdleElement } {
  const bo = element.businessObject;
  const definition = getExtension(bo, DEFINITION);
  const process = processOf(bo);
  const key: string = definition?.get('formKey') ?? '';
  if (!key.startsWith(EMBEDDED_FORM_KEY_PREFIX)) return { definition, process };
  const id = key.slice(EMBEDDED_FORM_KEY_PREFIX.length);
  return { definition, process, form: values(process).find((v) => v.$type === FORM && v.get('id') === id) };
}

/** The task's designed form: its schema, or undefined (none, or one this designer cannot read). */
export function readDesignedForm(element: Shape): FormSchema | undefined {
  const body: string | undefined = embeddedForm(element).form?.get('body');
  if (!body) return undefined;
  try {
    const schema: unknown = JSON.parse(body);
    return typeof schema === 'object' && schema !== null ? (schema as FormSchema) : undefined;
  } catch {
    return undefined;
  }
}

export const hasFormDefinition = (element: Shape) => Boolean(getExtension(element.businessObject, DEFINITION));

function freeFormId(process: ModdleElement, taskId: string): string {
  const taken = new Set(values(process).map((v) => v.get('id')));
  let id = `UserTaskForm_${taskId}`;
  for (let n = 2; taken.has(id); n++) id = `UserTaskForm_${taskId}_${n}`;
  return id;
}

/** Stores the schema as the task's embedded form (creating the form and its reference when missing). */
export function writeDesignedForm(
  element: Shape,
  schema: FormSchema,
  factory: BpmnFactory,
  commandStack: CommandStack,
): void {
  const { definition, form, process } = embeddedForm(element);
  if (!process) throw new Error('the task is in no process');
  const body = JSON.stringify(schema, null, 2);
  const commands: Command[] = [];
  if (form) {
    commands.push(update(element, form, { body }));
  } else {
    const id = freeFormId(process, element.id);
    const processValues = container(element, process, factory, commands);
    const created = factory.create(FORM, { id, body });
    created.$parent = processValues;
    commands.push(update(element, processValues, { values: [...processValues.get('values'), created] }));
    const formKey = `${EMBEDDED_FORM_KEY_PREFIX}${id}`;
    if (definition) {
      commands.push(update(element, definition, { formKey, formId: undefined, externalReference: undefined }));
    } else {
      const taskValues = container(element, element.businessObject, factory, commands);
      const reference = factory.create(DEFINITION, { formKey });
      reference.$parent = taskValues;
      commands.push(update(element, taskValues, { values: [...taskValues.get('values'), reference] }));
    }
  }
  commandStack.execute('properties-panel.multi-command-executor', commands);
}

/** Removes the task's form reference, and the embedded form when no other task uses it. */
export function removeDesignedForm(element: Shape, elementRegistry: { getAll(): Shape[] }, commandStack: CommandStack) {
  const { definition, form, process } = embeddedForm(element);
  if (!definition) return;
  const taskValues = element.businessObject.get('extensionElements') as ModdleElement;
  const commands: Command[] = [
    update(element, taskValues, { values: taskValues.get('values').filter((v: ModdleElement) => v !== definition) }),
  ];
  const key = definition.get('formKey');
  const shared = elementRegistry
    .getAll()
    .some(
      (other) =>
        other.businessObject !== element.businessObject &&
        getExtension(other.businessObject, DEFINITION)?.get('formKey') === key,
    );
  if (form && process && !shared) {
    const processValues = process.get('extensionElements') as ModdleElement;
    commands.push(
      update(element, processValues, {
        values: processValues.get('values').filter((v: ModdleElement) => v !== form),
      }),
    );
  }
  commandStack.execute('properties-panel.multi-command-executor', commands);
}
