/**
 * The rules of a user task's step (ow:Step): its one opinion box (label, required), separation of duties
 * (`distinctFrom`: steps whose handlers may not do this one, e.g. 审批 ≠ 审查) and whether its handlers may reveal
 * the applicant's full identity (`needsIdentity`, audited).
 */
import { CheckboxEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { getExtension, setExtensionAttr, type ModdleElement, type Shape } from './extension';
import { usePanelServices } from './services';

export const STEP_TYPE = 'ow:Step';
export const STEP_ATTRS = ['kind', 'timeLimitDays', 'opinionLabel', 'opinionRequired', 'distinctFrom', 'needsIdentity'];

const stepAttr = (element: Shape, attr: string): unknown => getExtension(element.businessObject, STEP_TYPE)?.get(attr);

function useSetStepAttr(element: Shape) {
  const { commandStack, bpmnFactory } = usePanelServices();
  return (attr: string, value: unknown) =>
    setExtensionAttr(element, STEP_TYPE, attr, value, STEP_ATTRS, bpmnFactory, commandStack);
}

export function OpinionLabel({ element, id }: { element: Shape; id: string }) {
  const { translate, debounce } = usePanelServices();
  const set = useSetStepAttr(element);
  return jsx(TextFieldEntry, {
    element,
    id,
    debounce,
    label: translate('ow.designer.props.step.opinionLabel'),
    description: translate('ow.designer.props.step.opinionLabelHint'),
    getValue: () => (stepAttr(element, 'opinionLabel') as string | undefined) ?? '',
    setValue: (value: string) => set('opinionLabel', value.trim() || undefined),
  });
}

/** A yes/no attribute: written only when yes, so an unticked box leaves no attribute behind. */
function flagEntry(attr: 'opinionRequired' | 'needsIdentity') {
  return function Flag({ element, id }: { element: Shape; id: string }) {
    const { translate } = usePanelServices();
    const set = useSetStepAttr(element);
    return jsx(CheckboxEntry, {
      element,
      id,
      label: translate(`ow.designer.props.step.${attr}`),
      getValue: () => stepAttr(element, attr) === true,
      setValue: (value: boolean) => set(attr, value ? true : undefined),
    });
  };
}
export const OpinionRequired = flagEntry('opinionRequired');
export const NeedsIdentity = flagEntry('needsIdentity');

/** Every user task of the procedure (sub-processes included), the element's own excepted. */
export function otherUserTasks(element: Shape): Array<{ id: string; name: string }> {
  let root: ModdleElement | undefined = element.businessObject;
  while (root?.$parent && root.$type !== 'bpmn:Process') root = root.$parent;
  const found: Array<{ id: string; name: string }> = [];
  const walk = (container: ModdleElement | undefined) => {
    for (const child of (container?.get('flowElements') ?? []) as ModdleElement[]) {
      if (child.$type === 'bpmn:UserTask' && child.id !== element.id)
        found.push({ id: child.id as string, name: (child.name as string) || (child.id as string) });
      if (child.$type === 'bpmn:SubProcess') walk(child);
    }
  };
  walk(root);
  return found;
}

const distinctIds = (element: Shape): string[] =>
  String(stepAttr(element, 'distinctFrom') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** One tick per other user task: 须与“审查”的办理人不同 (diagram-js fills `{name}`, not react-admin). */
function DistinctFrom({ element, id, other }: { element: Shape; id: string; other: { id: string; name: string } }) {
  const { translate } = usePanelServices();
  const set = useSetStepAttr(element);
  return jsx(CheckboxEntry, {
    element,
    id,
    label: translate('ow.designer.props.step.distinctFromStep', { name: other.name }),
    getValue: () => distinctIds(element).includes(other.id),
    setValue: (value: boolean) => {
      const rest = distinctIds(element).filter((x) => x !== other.id);
      set('distinctFrom', (value ? [...rest, other.id] : rest).join(',') || undefined);
    },
  });
}

/** The entries of the step group after kind and time limit. */
export function stepRuleEntries(element: Shape) {
  const isChecked = (id: string) => (el: Shape) => Boolean(stepAttr(el, id));
  return [
    { id: 'ow-step-opinionLabel', element, component: OpinionLabel, isEdited: isChecked('opinionLabel') },
    { id: 'ow-step-opinionRequired', element, component: OpinionRequired, isEdited: isChecked('opinionRequired') },
    { id: 'ow-step-needsIdentity', element, component: NeedsIdentity, isEdited: isChecked('needsIdentity') },
    ...otherUserTasks(element).map((other) => ({
      id: `ow-step-distinctFrom-${other.id}`,
      element,
      component: (props: { element: Shape; id: string }) => DistinctFrom({ ...props, other }),
      isEdited: (el: Shape) => distinctIds(el).includes(other.id),
    })),
  ];
}
