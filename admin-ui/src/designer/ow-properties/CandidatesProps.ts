import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { getExtension, setExtensionAttr, type Shape } from './extension';
import { CANDIDATE_LABELS, ROLES, departmentOptions, selectOptions } from './options';
import { usePanelServices } from './services';

const TYPE = 'ow:Candidates';
const ATTRS = ['department', 'role'];

/** Who may claim a user task: a department and / or a role (ow:Candidates). Clearing both removes it. */
function CandidateSelect({ element, id, attr }: { element: Shape; id: string; attr: 'department' | 'role' }) {
  const { translate, commandStack, bpmnFactory, departments } = usePanelServices();
  const getValue = (): string => getExtension(element.businessObject, TYPE)?.get(attr) ?? '';
  return jsx(SelectEntry, {
    element,
    id,
    label: translate(`ow.designer.props.candidates.${attr}`),
    getValue,
    setValue: (value: string) => setExtensionAttr(element, TYPE, attr, value, ATTRS, bpmnFactory, commandStack),
    getOptions: () =>
      attr === 'department'
        ? departmentOptions(departments.list(), getValue(), translate)
        : selectOptions(ROLES, CANDIDATE_LABELS.role, translate),
  });
}

export function candidatesGroup(element: Shape, translate: (k: string) => string) {
  return {
    id: 'ow-candidates',
    label: translate('ow.designer.props.candidates.group'),
    entries: ATTRS.map((attr) => ({
      id: `ow-candidates-${attr}`,
      element,
      attr,
      component: CandidateSelect,
      isEdited: isSelectEntryEdited,
    })),
  };
}
