import {
  NumberFieldEntry,
  SelectEntry,
  TextFieldEntry,
  isNumberFieldEntryEdited,
  isSelectEntryEdited,
  isTextFieldEntryEdited,
} from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { getExtension, setExtensionAttr, type Shape } from './extension';
import { OUTCOMES, TIMER_KINDS, selectOptions } from './options';
import { usePanelServices, type Translate } from './services';

const TIMER = 'ow:Timer';
const TIMER_ATTRS = ['kind', 'hours', 'workingDays'];

function TimerKind({ element, id }: { element: Shape; id: string }) {
  const { translate, commandStack, bpmnFactory } = usePanelServices();
  return jsx(SelectEntry, {
    element,
    id,
    label: translate('ow.designer.props.timer.kind'),
    getValue: () => getExtension(element.businessObject, TIMER)?.get('kind') ?? '',
    setValue: (value: string) =>
      setExtensionAttr(element, TIMER, 'kind', value, TIMER_ATTRS, bpmnFactory, commandStack),
    getOptions: () => selectOptions(TIMER_KINDS, 'ow.designer.timerKinds', translate),
  });
}

function TimerNumber({ element, id, attr }: { element: Shape; id: string; attr: 'hours' | 'workingDays' }) {
  const { translate, commandStack, bpmnFactory, debounce } = usePanelServices();
  const label =
    attr === 'hours' ? translate('ow.designer.props.timer.hours') : translate('ow.designer.props.timer.workingDays');
  return jsx(NumberFieldEntry, {
    element,
    id,
    label,
    debounce,
    min: 0,
    max: 10000,
    getValue: () => getExtension(element.businessObject, TIMER)?.get(attr),
    setValue: (value: number | undefined) =>
      setExtensionAttr(element, TIMER, attr, value, TIMER_ATTRS, bpmnFactory, commandStack),
  });
}

/** When a timer event fires: a duration in hours / working days, or working days before the deadline (ow:Timer). */
export function timerGroup(element: Shape, translate: Translate) {
  const kind = getExtension(element.businessObject, TIMER)?.get('kind');
  return {
    id: 'ow-timer',
    label: translate('ow.designer.props.timer.group'),
    entries: [
      { id: 'ow-timer-kind', element, component: TimerKind, isEdited: isSelectEntryEdited },
      ...(kind === 'beforeDeadline'
        ? []
        : [
            {
              id: 'ow-timer-hours',
              element,
              attr: 'hours',
              component: TimerNumber,
              isEdited: isNumberFieldEntryEdited,
            },
          ]),
      {
        id: 'ow-timer-workingDays',
        element,
        attr: 'workingDays',
        component: TimerNumber,
        isEdited: isNumberFieldEntryEdited,
      },
    ],
  };
}

function Outcome({ element, id }: { element: Shape; id: string }) {
  const { translate, commandStack, bpmnFactory } = usePanelServices();
  return jsx(SelectEntry, {
    element,
    id,
    label: translate('ow.designer.props.outcome.value'),
    getValue: () => getExtension(element.businessObject, 'ow:Outcome')?.get('value') ?? '',
    setValue: (value: string) =>
      setExtensionAttr(element, 'ow:Outcome', 'value', value, ['value'], bpmnFactory, commandStack),
    getOptions: () => selectOptions(OUTCOMES, 'ow.designer.outcomes', translate),
  });
}

/** How the matter ends at this end event: 办结, 退办 or 上报 (ow:Outcome). */
export function outcomeGroup(element: Shape, translate: Translate) {
  return {
    id: 'ow-outcome',
    label: translate('ow.designer.props.outcome.group'),
    entries: [{ id: 'ow-outcome-value', element, component: Outcome, isEdited: isSelectEntryEdited }],
  };
}

function MessageName({ element, id }: { element: Shape; id: string }) {
  const { translate, commandStack, bpmnFactory, debounce } = usePanelServices();
  return jsx(TextFieldEntry, {
    element,
    id,
    debounce,
    label: translate('ow.designer.props.message.name'),
    getValue: () => getExtension(element.businessObject, 'ow:Message')?.get('name') ?? '',
    setValue: (value: string) =>
      setExtensionAttr(element, 'ow:Message', 'name', value, ['name'], bpmnFactory, commandStack),
  });
}

/** The message a catch event waits for, e.g. materialsSupplied (ow:Message). */
export function messageGroup(element: Shape, translate: Translate) {
  return {
    id: 'ow-message',
    label: translate('ow.designer.props.message.group'),
    entries: [{ id: 'ow-message-name', element, component: MessageName, isEdited: isTextFieldEntryEdited }],
  };
}
