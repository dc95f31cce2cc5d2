import type EventBus from 'diagram-js/lib/core/EventBus';
import { lintConfig } from './lint/lint-config';

/**
 * The properties panel and bpmnlint start once the first imported diagram is on screen. Both would otherwise run
 * inside the import (the panel renders on `root.added`, lint on `import.done`) and, on a diagram of a thousand
 * elements, delay its first picture by about a fifth of what the Viewer needs for all of it (bench/designer).
 */

/** Fired once per editor: the first diagram has been painted and the browser has a moment to spare. */
export const FIRST_PAINT = 'designer.firstPaint';
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

export class FirstPaint {
  static $inject = ['eventBus'];

  constructor(eventBus: EventBus) {
    let cancel: Cancel | undefined;
    eventBus.once('import.done', () => {
      cancel = afterNextPaint(() => eventBus.fire(FIRST_PAINT));
    });
    eventBus.on('diagram.destroy', () => cancel?.());
  }
}

export class LintAfterFirstPaint {
  static $inject = ['eventBus', 'linting'];

  constructor(eventBus: EventBus, linting: { setLinterConfig(config: typeof lintConfig): void }) {
    // setting the rules lints the diagram (`linting.configChanged`); until then bpmn-js-bpmnlint has none to run
    eventBus.once(FIRST_PAINT, () => linting.setLinterConfig(lintConfig));
  }
}
