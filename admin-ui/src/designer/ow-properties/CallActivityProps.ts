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
  getExtension,
  getExtensions,
  removeExtension,
  setExtensionAttr,
  updateModdle,
  type BpmnFactory,
  type CommandStack,
  type ModdleElement,
  type Shape,
} from './extension';
import { usePanelServices, type Translate } from './services';

const CALLED = 'ow:CalledProcedure';
const CALLED_ATTRS = ['key', 'version', 'propagateAllIn', 'propagateAllOut'];
type Direction = 'In' | 'Out';
/** The i18n keys of each direction, whole (the console's key check finds every key by its literal). */
const DIRECTION_KEYS = {
  In: { propagate: 'ow.designer.props.call.propagateAllIn', mappings: 'ow.designer.props.call.mappingsIn' },
  Out: { propagate: 'ow.designer.props.call.propagateAllOut', mappings: 'ow.designer.props.call.mappingsOut' },
} as const;
const MAPPING_KEYS = { source: 'ow.designer.props.call.source', target: 'ow.designer.props.call.target' } as const;

function Callee({ element, id }: { element: Shape; id: string }) {
  const { translate, commandStack, bpmnFactory, procedures } = usePanelServices();
  return jsx(SelectEntry, {
    element,
    id,
    label: translate('ow.designer.props.call.procedure'),
    getValue: () => getExtension(element.businessObject, CALLED)?.get('key') ?? '',
    setValue: (value: string) =>
      setExtensionAttr(element, CALLED, 'key', value, CALLED_ATTRS, bpmnFactory, commandStack),
    getOptions: () => {
      const current: string = getExtension(element.businessObject, CALLED)?.get('key') ?? '';
      const listed = procedures.list();
      const options = listed.map((p) => ({
        value: p.key,
        label: translate('ow.designer.props.call.procedureOption', {
          name: p.name,
          key: p.key,
          version: String(p.latestVersion),
        }),
      }));
      // a key typed into the XML, or a procedure no longer published, stays shown as such
      if (current && !listed.some((p) => p.key === current))
        options.push({ value: current, label: translate('ow.designer.props.call.unknown', { key: current }) });
      return [{ value: '', label: translate('ow.designer.props.call.choose') }, ...options];
    },
  });
}

function Version({ element, id }: { element: Shape; id: string }) {
  const { translate, commandStack, bpmnFactory, debounce } = usePanelServices();
  return jsx(TextFieldEntry, {
    element,
    id,
    debounce,
    label: translate('ow.designer.props.call.version'),
    description: translate('ow.designer.props.call.versionHint'),
    getValue: () => getExtension(element.businessObject, CALLED)?.get('version') ?? '',
    setValue: (value: string) =>
      setExtensionAttr(element, CALLED, 'version', value.trim(), CALLED_ATTRS, bpmnFactory, commandStack),
    validate: (value: string) =>
      value && !/^[1-9]\d*$/.test(value.trim()) ? translate('ow.designer.props.call.versionInvalid') : null,
  });
}

function PropagateAll({ element, id, direction }: { element: Shape; id: string; direction: Direction }) {
  const { translate, commandStack, bpmnFactory } = usePanelServices();
  const attr = `propagateAll${direction}`;
  return jsx(CheckboxEntry, {
    element,
    id,
    label: translate(DIRECTION_KEYS[direction].propagate),
    getValue: () => Boolean(getExtension(element.businessObject, CALLED)?.get(attr)),
    setValue: (value: boolean) =>
      setExtensionAttr(element, CALLED, attr, value || undefined, CALLED_ATTRS, bpmnFactory, commandStack),
  });
}

/** The procedure a call activity runs (ow:CalledProcedure): which one, which version, what it passes on whole. */
export function callActivityGroup(element: Shape, translate: Translate) {
  return {
    id: 'ow-call',
    label: translate('ow.designer.props.call.group'),
    entries: [
      { id: 'ow-call-procedure', element, component: Callee, isEdited: isSelectEntryEdited },
      { id: 'ow-call-version', element, component: Version, isEdited: isTextFieldEntryEdited },
      ...(['In', 'Out'] as const).map((direction) => ({
        id: `ow-call-propagate-${direction.toLowerCase()}`,
        element,
        direction,
        component: PropagateAll,
        isEdited: isCheckboxEntryEdited,
      })),
    ],
  };
}

function MappingText({
  element,
  id,
  mapping,
  attr,
}: {
  element: Shape;
  id: string;
  mapping: ModdleElement;
  attr: 'source' | 'target';
}) {
  const { translate, commandStack, debounce } = usePanelServices();
  return jsx(TextFieldEntry, {
    element,
    id,
    debounce,
    label: translate(MAPPING_KEYS[attr]),
    getValue: () => mapping.get(attr) ?? '',
    setValue: (value: string) => updateModdle(element, mapping, { [attr]: value.trim() || undefined }, commandStack),
  });
}

/** Variables passed into the called procedure (ow:In) or back out of it (ow:Out), source → target, as a list. */
export function callMappingsGroup(
  element: Shape,
  direction: Direction,
  translate: Translate,
  commandStack: CommandStack,
  bpmnFactory: BpmnFactory,
) {
  const type = `ow:${direction}`;
  const mappings = getExtensions(element.businessObject, type);
  const lower = direction.toLowerCase();
  return {
    id: `ow-call-${lower}`,
    label: translate(DIRECTION_KEYS[direction].mappings),
    component: ListGroup,
    element,
    translate,
    items: mappings.map((mapping, index) => {
      const id = `${element.id}-ow-call-${lower}-${index}`;
      return {
        id,
        label: mapping.get('source')
          ? `${mapping.get('source')} → ${mapping.get('target') ?? ''}`
          : translate('ow.designer.props.call.mapping', { index: String(index + 1) }),
        entries: (['source', 'target'] as const).map((attr) => ({
          id: `${id}-${attr}`,
          element,
          mapping,
          attr,
          component: MappingText,
          isEdited: isTextFieldEntryEdited,
        })),
        autoFocusEntry: `${id}-source`,
        remove: () => removeExtension(element, mapping, commandStack),
      };
    }),
    add: (event: Event) => {
      event.stopPropagation();
      addExtension(element, type, { source: '', target: '' }, bpmnFactory, commandStack);
    },
  };
}
