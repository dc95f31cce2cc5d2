import { BpmnPropertiesPanelModule } from 'bpmn-js-properties-panel';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import { lintConfig } from './lint/lint-config';

/**
 * The properties panel and bpmnlint start once the first imported diagram is on screen. Both would otherwise run
 * inside the import (the panel renders on `root.added`, lint on `import.done`) and, on a diagram of a thousand
 * elements, delay its first picture by about a fifth of what the Viewer needs for all of it (bench/designer).
 */

/** Fired once per editor: the first diagram has been painted and the browser has a moment to spare. */
export const FIRST_PAINT = 'ow.designer.firstPaint';
/** The longest a busy page makes the panel and lint wait after the first paint. */
const IDLE_TIMEOUT_MS = 200;

type Cancel = () => void;

function whenIdle(fn: () => void): Cancel {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
  return () => cancelIdleCallback(id);
}

/** Runs `fn` after the next frame is painted: an animation frame callback runs just before its paint. */
function afterNextPaint(fn: () => void): Cancel {
  let cancelIdle: Cancel | undefined;
  const frame = requestAnimationFrame(() => {
    cancelIdle = whenIdle(fn);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelIdle?.();
  };
}

class FirstPaint {
  static $inject = ['eventBus'];

  constructor(eventBus: EventBus) {
    let cancel: Cancel | undefined;
    eventBus.once('import.done', () => {
      cancel = afterNextPaint(() => eventBus.fire(FIRST_PAINT));
    });
    eventBus.on('diagram.destroy', () => cancel?.());
  }
}

class LintAfterFirstPaint {
  static $inject = ['eventBus', 'linting'];

  constructor(eventBus: EventBus, linting: { setLinterConfig(config: typeof lintConfig): void }) {
    // setting the rules lints the diagram (`linting.configChanged`); until then bpmn-js-bpmnlint has none to run
    eventBus.once(FIRST_PAINT, () => linting.setLinterConfig(lintConfig));
  }
}

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

/** didi module; list it after the properties panel and lint modules, whose `propertiesPanel` it replaces. */
export const afterFirstPaintModule = {
  __init__: ['owFirstPaint', 'owLintAfterFirstPaint'],
  owFirstPaint: ['type', FirstPaint],
  owLintAfterFirstPaint: ['type', LintAfterFirstPaint],
  propertiesPanel: ['type', PanelAfterFirstPaint],
};
