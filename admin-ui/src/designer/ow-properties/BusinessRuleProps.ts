import { TextFieldEntry, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { jsx, jsxs } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { useService } from 'bpmn-js-properties-panel';
import { readTaskDecision, writeTaskDecision } from '../decision-table/decision-in-diagram';
import type { Shape } from './extension';
import { usePanelServices, type Translate } from './services';

/** What the panel asks the designer page to do: open the decision-table editor (DesignerWorkspace listens). */
export const DESIGN_DECISION_EVENT = 'owDesigner.designDecision';

interface EventBus {
  fire(event: string, payload: unknown): void;
}

const ruleCount = (dmn: string) => (dmn.match(/<(\w+:)?rule[\s>]/g) ?? []).length;

function DesignDecisionButton({ element }: { element: Shape; id: string }) {
  const translate = useService<Translate>('translate');
  const eventBus = useService<EventBus>('eventBus');
  const { dmn, decisionId } = readTaskDecision(element);
  const status = dmn
    ? translate('ow.designer.props.decision.rules', { count: String(ruleCount(dmn)), id: decisionId ?? '' })
    : translate('ow.designer.props.decision.none');
  return jsxs('div', {
    class: 'bio-properties-panel-entry ow-designed-form',
    children: [
      jsx('p', { class: 'bio-properties-panel-description', 'data-testid': 'decision-status', children: status }),
      jsx('button', {
        type: 'button',
        class: 'ow-design-form-button',
        'data-testid': 'design-decision',
        onClick: () => eventBus.fire(DESIGN_DECISION_EVENT, { element }),
        children: translate('ow.designer.props.decision.open'),
      }),
    ],
  });
}

function ResultVariable({ element, id }: { element: Shape; id: string }) {
  const { translate, debounce, bpmnFactory, commandStack } = usePanelServices();
  return jsx(TextFieldEntry, {
    element,
    id,
    debounce,
    label: translate('ow.designer.props.decision.resultVariable'),
    description: translate('ow.designer.props.decision.resultVariableHint'),
    getValue: () => readTaskDecision(element).resultVariable ?? '',
    setValue: (value: string) =>
      writeTaskDecision(element, { resultVariable: value?.trim() ?? '' }, bpmnFactory, commandStack),
  });
}

/** A business-rule task's decision table ("设计决策表" opens dmn-js, decision-table/DecisionDesignDialog.tsx). */
export function decisionGroup(element: Shape, translate: Translate) {
  return {
    id: 'ow-decision',
    label: translate('ow.designer.props.decision.group'),
    entries: [
      { id: 'ow-decision-open', element, component: DesignDecisionButton },
      { id: 'ow-decision-result', element, component: ResultVariable, isEdited: isTextFieldEntryEdited },
    ],
  };
}
