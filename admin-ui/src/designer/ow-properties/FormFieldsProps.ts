import {
  CheckboxEntry,
  ListGroup,
  SelectEntry,
  TextFieldEntry,
  isCheckboxEntryEdited,
  isSelectEntryEdited,
  isTextFieldEntryEdited,
} from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import {
  addExtension,
  getExtensions,
  removeExtension,
  updateModdle,
  type BpmnFactory,
  type CommandStack,
  type ModdleElement,
  type Shape,
} from './extension';
import { FIELD_TYPES, selectOptions } from './options';
import { usePanelServices, type Translate } from './services';

const TYPE = 'ow:FormField';

interface FieldProps {
  element: Shape;
  id: string;
  field: ModdleElement;
}

function FieldText({
  element,
  id,
  field,
  attr,
  label,
}: FieldProps & { attr: 'key' | 'label' | 'options'; label: string }) {
  const { commandStack, debounce } = usePanelServices();
  return jsx(TextFieldEntry, {
    element,
    id,
    label,
    debounce,
    getValue: () => field.get(attr) ?? '',
    setValue: (value: string) => updateModdle(element, field, { [attr]: value || undefined }, commandStack),
  });
}

function FieldKey(p: FieldProps) {
  return FieldText({ ...p, attr: 'key', label: usePanelServices().translate('ow.designer.props.form.key') });
}
function FieldLabel(p: FieldProps) {
  return FieldText({ ...p, attr: 'label', label: usePanelServices().translate('ow.designer.props.form.label') });
}
function FieldOptions(p: FieldProps) {
  return FieldText({ ...p, attr: 'options', label: usePanelServices().translate('ow.designer.props.form.options') });
}

function FieldType({ element, id, field }: FieldProps) {
  const { translate, commandStack } = usePanelServices();
  return jsx(SelectEntry, {
    element,
    id,
    label: translate('ow.designer.props.form.type'),
    getValue: () => field.get('type') ?? 'string',
    setValue: (value: string) => updateModdle(element, field, { type: value || 'string' }, commandStack),
    getOptions: () => selectOptions(FIELD_TYPES, 'ow.designer.fieldTypes', translate).slice(1),
  });
}

function FieldRequired({ element, id, field }: FieldProps) {
  const { translate, commandStack } = usePanelServices();
  return jsx(CheckboxEntry, {
    element,
    id,
    label: translate('ow.designer.props.form.required'),
    getValue: () => Boolean(field.get('required')),
    setValue: (value: boolean) => updateModdle(element, field, { required: value }, commandStack),
  });
}

function fieldItem(
  element: Shape,
  field: ModdleElement,
  index: number,
  translate: Translate,
  commandStack: CommandStack,
) {
  const id = `${element.id}-ow-form-${index}`;
  const entry = (suffix: string, component: unknown, isEdited: unknown) => ({
    id: `${id}-${suffix}`,
    element,
    field,
    component,
    isEdited,
  });
  return {
    id,
    label:
      field.get('label') || field.get('key') || translate('ow.designer.props.form.field', { index: String(index + 1) }),
    entries: [
      entry('key', FieldKey, isTextFieldEntryEdited),
      entry('label', FieldLabel, isTextFieldEntryEdited),
      entry('type', FieldType, isSelectEntryEdited),
      entry('required', FieldRequired, isCheckboxEntryEdited),
      ...(field.get('type') === 'enum' ? [entry('options', FieldOptions, isTextFieldEntryEdited)] : []),
    ],
    autoFocusEntry: `${id}-key`,
    remove: () => removeExtension(element, field, commandStack),
  };
}

/** The form a user task shows its assignee (ow:FormField, one per field), as an add / remove list. */
export function formFieldsGroup(
  element: Shape,
  translate: Translate,
  commandStack: CommandStack,
  bpmnFactory: BpmnFactory,
) {
  const fields = getExtensions(element.businessObject, TYPE);
  return {
    id: 'ow-form',
    label: translate('ow.designer.props.form.group'),
    component: ListGroup,
    element,
    translate,
    items: fields.map((f, i) => fieldItem(element, f, i, translate, commandStack)),
    add: (event: Event) => {
      event.stopPropagation();
      addExtension(
        element,
        TYPE,
        {
          key: `field${fields.length + 1}`,
          label: translate('ow.designer.props.form.newLabel'),
          type: 'string',
          required: false,
        },
        bpmnFactory,
        commandStack,
      );
    },
  };
}
