import { TextAreaEntry, isTextAreaEntryEdited } from '@bpmn-io/properties-panel';
import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { useService } from 'bpmn-js-properties-panel';
import type { BpmnFactory, Shape } from './extension';
import { usePanelServices, type Translate } from './services';

interface Modeling {
  updateProperties(element: Shape, properties: Record<string, unknown>): void;
}

function ConditionExpression({ element, id }: { element: Shape; id: string }) {
  const { translate, debounce } = usePanelServices();
  const modeling = useService<Modeling>('modeling');
  const bpmnFactory = useService<BpmnFactory>('bpmnFactory');
  return jsx(TextAreaEntry, {
    element,
    id,
    debounce,
    rows: 2,
    label: translate('ow.designer.props.condition.expression'),
    description: translate('ow.designer.props.condition.description'),
    getValue: () => element.businessObject.get('conditionExpression')?.get('body') ?? '',
    setValue: (value: string) =>
      modeling.updateProperties(element, {
        conditionExpression: value?.trim()
          ? bpmnFactory.create('bpmn:FormalExpression', { body: value.trim() })
          : undefined,
      }),
  });
}

/** The standard bpmn:conditionExpression of a flow leaving a gateway, in our small condition language. */
export function conditionGroup(element: Shape, translate: Translate) {
  return {
    id: 'ow-condition',
    label: translate('ow.designer.props.condition.group'),
    entries: [
      { id: 'ow-condition-expression', element, component: ConditionExpression, isEdited: isTextAreaEntryEdited },
    ],
  };
}
