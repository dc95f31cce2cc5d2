import {
  NumberFieldEntry,
  SelectEntry,
  isNumberFieldEntryEdited,
  isSelectEntryEdited,
} from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { getExtension, setExtensionAttr, type Shape } from './extension';
import { STEP_KINDS, selectOptions } from './options';
import { usePanelServices } from './services';
import { STEP_ATTRS as ATTRS, STEP_TYPE as TYPE, stepRuleEntries } from './StepRulesProps';

function StepKind({ element, id }: { element: Shape; id: string }) {
  const { translate, commandStack, bpmnFactory } = usePanelServices();
  return jsx(SelectEntry, {
    element,
    id,
    label: translate('ow.designer.props.step.kind'),
    getValue: () => getExtension(element.businessObject, TYPE)?.get('kind') ?? '',
    setValue: (value: string) => setExtensionAttr(element, TYPE, 'kind', value, ATTRS, bpmnFactory, commandStack),
    getOptions: () => selectOptions(STEP_KINDS, 'ow.designer.stepKinds', translate),
  });
}

function TimeLimit({ element, id }: { element: Shape; id: string }) {
  const { translate, commandStack, bpmnFactory, debounce } = usePanelServices();
  return jsx(NumberFieldEntry, {
    element,
    id,
    debounce,
    min: 0,
    max: 365,
    label: translate('ow.designer.props.step.timeLimitDays'),
    getValue: () => getExtension(element.businessObject, TYPE)?.get('timeLimitDays'),
    setValue: (value: number | undefined) =>
      setExtensionAttr(element, TYPE, 'timeLimitDays', value, ATTRS, bpmnFactory, commandStack),
  });
}

/**
 * The user task's step (ow:Step): its kind (受理, 审批, …), its own time limit in working days, its opinion box,
 * separation of duties and identity need (StepRulesProps.ts).
 */
export function stepGroup(element: Shape, translate: (k: string) => string) {
  return {
    id: 'ow-step',
    label: translate('ow.designer.props.step.group'),
    entries: [
      { id: 'ow-step-kind', element, component: StepKind, isEdited: isSelectEntryEdited },
      { id: 'ow-step-timeLimitDays', element, component: TimeLimit, isEdited: isNumberFieldEntryEdited },
      ...stepRuleEntries(element),
    ],
  };
}
