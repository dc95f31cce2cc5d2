import { jsx, jsxs } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { useService } from 'bpmn-js-properties-panel';
import { readDesignedForm, hasFormDefinition } from '../designed-form/form-in-diagram';
import type { Shape } from './extension';
import type { Translate } from './services';

/** What the panel asks the designer page to do: open the form editor for the element (DesignerWorkspace listens). */
export const DESIGN_FORM_EVENT = 'owDesigner.designForm';

interface EventBus {
  fire(event: string, payload: unknown): void;
}

const countInputs = (components: unknown): number =>
  Array.isArray(components)
    ? components.reduce<number>((n, c: { key?: unknown; components?: unknown }) => {
        const inner = countInputs(c?.components);
        return n + inner + (typeof c?.key === 'string' ? 1 : 0);
      }, 0)
    : 0;

function DesignFormButton({ element }: { element: Shape; id: string }) {
  const translate = useService<Translate>('translate');
  const eventBus = useService<EventBus>('eventBus');
  const schema = readDesignedForm(element);
  const status = schema
    ? translate('ow.designer.props.designedForm.fields', { count: String(countInputs(schema.components)) })
    : hasFormDefinition(element)
      ? translate('ow.designer.props.designedForm.unreadable')
      : translate('ow.designer.props.designedForm.none');
  return jsxs('div', {
    class: 'bio-properties-panel-entry ow-designed-form',
    children: [
      jsx('p', { class: 'bio-properties-panel-description', 'data-testid': 'designed-form-status', children: status }),
      jsx('button', {
        type: 'button',
        class: 'ow-design-form-button',
        'data-testid': 'design-form',
        onClick: () => eventBus.fire(DESIGN_FORM_EVENT, { element }),
        children: translate('ow.designer.props.designedForm.open'),
      }),
    ],
  });
}

/** A user task's form designed with form-js ("设计表单" opens the editor, designed-form/FormDesignDialog.tsx). */
export function designedFormGroup(element: Shape, translate: Translate) {
  return {
    id: 'ow-designed-form',
    label: translate('ow.designer.props.designedForm.group'),
    entries: [{ id: 'ow-designed-form-open', element, component: DesignFormButton }],
  };
}
