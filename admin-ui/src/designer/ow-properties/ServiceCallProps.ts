import {
  ListGroup,
  SelectEntry,
  TextFieldEntry,
  isSelectEntryEdited,
  isTextFieldEntryEdited,
} from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import {
  addExtension,
  getExtension,
  setExtensionAttr,
  updateModdle,
  type BpmnFactory,
  type CommandStack,
  type ModdleElement,
  type Shape,
} from './extension';
import { SERVICE_ACTIVITIES, selectOptions } from './options';
import { usePanelServices, type Translate } from './services';

const TYPE = 'ow:ServiceCall';
const PARAM = 'ow:Param';
/** the ServiceCall's collection of ow:Param children */
const PARAMS = 'params';

function Activity({ element, id }: { element: Shape; id: string }) {
  const { translate, commandStack, bpmnFactory } = usePanelServices();
  return jsx(SelectEntry, {
    element,
    id,
    label: translate('ow.designer.props.service.activity'),
    getValue: () => getExtension(element.businessObject, TYPE)?.get('activity') ?? '',
    setValue: (value: string) =>
      setExtensionAttr(element, TYPE, 'activity', value, ['activity'], bpmnFactory, commandStack),
    getOptions: () => selectOptions(SERVICE_ACTIVITIES, 'ow.designer.activities', translate),
  });
}

function ParamText({
  element,
  id,
  param,
  attr,
}: {
  element: Shape;
  id: string;
  param: ModdleElement;
  attr: 'name' | 'value';
}) {
  const { translate, commandStack, debounce } = usePanelServices();
  const label =
    attr === 'name'
      ? translate('ow.designer.props.service.paramName')
      : translate('ow.designer.props.service.paramValue');
  return jsx(TextFieldEntry, {
    element,
    id,
    label,
    debounce,
    getValue: () => param.get(attr) ?? '',
    setValue: (value: string) => updateModdle(element, param, { [attr]: value || undefined }, commandStack),
  });
}

/** The service activity a service task runs (notify, issueResult, …) (ow:ServiceCall). */
export function serviceCallGroup(element: Shape, translate: Translate) {
  return {
    id: 'ow-service',
    label: translate('ow.designer.props.service.group'),
    entries: [{ id: 'ow-service-activity', element, component: Activity, isEdited: isSelectEntryEdited }],
  };
}

/** Its parameters (ow:Param name / value inside the ow:ServiceCall), as an add / remove list. */
export function serviceParamsGroup(
  element: Shape,
  translate: Translate,
  commandStack: CommandStack,
  bpmnFactory: BpmnFactory,
) {
  const call = getExtension(element.businessObject, TYPE);
  const params: ModdleElement[] = call?.get(PARAMS) ?? [];
  return {
    id: 'ow-service-params',
    label: translate('ow.designer.props.service.params'),
    component: ListGroup,
    element,
    translate,
    items: params.map((param, index) => {
      const id = `${element.id}-ow-param-${index}`;
      return {
        id,
        label: param.get('name') || translate('ow.designer.props.service.param', { index: String(index + 1) }),
        entries: (['name', 'value'] as const).map((attr) => ({
          id: `${id}-${attr}`,
          element,
          param,
          attr,
          component: ParamText,
          isEdited: isTextFieldEntryEdited,
        })),
        autoFocusEntry: `${id}-name`,
        remove: () =>
          call && updateModdle(element, call, { [PARAMS]: params.filter((p) => p !== param) }, commandStack),
      };
    }),
    add: (event: Event) => {
      event.stopPropagation();
      const param = bpmnFactory.create(PARAM, { name: `param${params.length + 1}`, value: '' });
      if (call) {
        param.$parent = call;
        updateModdle(element, call, { [PARAMS]: [...params, param] }, commandStack);
      } else {
        const created = addExtension(element, TYPE, { [PARAMS]: [param] }, bpmnFactory, commandStack);
        param.$parent = created;
      }
    },
  };
}
