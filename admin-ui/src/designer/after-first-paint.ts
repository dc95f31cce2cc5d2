import { BpmnPropertiesPanelModule } from 'bpmn-js-properties-panel';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import { FIRST_PAINT, FirstPaint } from './first-paint';

/* The editor's modules that wait for the first paint (first-paint.ts says why). */

interface Injector {
  get<T>(name: string): T;
}
interface PanelRenderer {
  _render(element?: unknown): void;
}
const BpmnPanelRenderer: new (config: unknown, injector: Injector, eventBus: EventBus) => PanelRenderer =
  BpmnPropertiesPanelModule.propertiesPanel[1];

/**
 * bpmn-js-properties-panel's renderer, holding back its renders until the first paint. `_render` is its one way
 * to render (root.added, attach, re-render); should an update rename it, the call on FIRST_PAINT fails loudly.
 */
class PanelAfterFirstPaint extends BpmnPanelRenderer {
  static $inject = ['config.propertiesPanel', 'injector', 'eventBus'];

  private painted = false;

  constructor(config: unknown, injector: Injector, eventBus: EventBus) {
    super(config, injector, eventBus);
    eventBus.once(FIRST_PAINT, () => {
      this.painted = true;
      // an element chosen before the panel was there: the panel's own selection listener was not yet subscribed
      const [selected] = injector.get<Selection>('selection').get() as Array<{ labelTarget?: unknown }>;
      this._render(selected?.labelTarget ?? selected);
    });
  }

  override _render(element?: unknown): void {
    if (this.painted) super._render(element);
  }
}

/** didi module; list it after the properties panel module, whose `propertiesPanel` it replaces. */
export const afterFirstPaintModule = {
  __init__: ['owFirstPaint'],
  owFirstPaint: ['type', FirstPaint],
  propertiesPanel: ['type', PanelAfterFirstPaint],
};
