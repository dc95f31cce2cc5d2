import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { getExtension, setExtensionAttr, type Shape } from './extension';
import { CANDIDATE_LABELS, DEPARTMENT_CODES, ROLES, selectOptions } from './options';
import { usePanelServices } from './services';

const TYPE = 'ow:Candidates';
const ATTRS = ['department', 'role'];

/** Who may claim a user task: a department and / or a role (ow:Candidates). Clearing both removes it. */
function CandidateSelect({ element, id, attr }: { element: Shape; id: string; attr: 'department' | 'role' }) {
  const { translate, commandStack, bpmnFactory } = usePanelServices();
  const labels = {
    department: [translate('ow.designer.props.candidates.department'), CANDIDATE_LABELS.department, DEPARTMENT_CODES],
    role: [translate('ow.designer.props.candidates.role'), CANDIDATE_LABELS.role, ROLES],
  } as const;
  const [label, prefix, values] = labels[attr];
  return jsx(SelectEntry, {
    element,
    id,
    label,
    getValue: () => getExtension(element.businessObject, TYPE)?.get(attr) ?? '',
    setValue: (value: string) => setExtensionAttr(element, TYPE, attr, value, ATTRS, bpmnFactory, commandStack),
    getOptions: () => selectOptions(values, prefix, translate),
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
