import type EventBus from 'diagram-js/lib/core/EventBus';

/**
 * The properties panel starts once the first imported diagram is on screen. It would otherwise run inside the
 * import (the panel renders on `root.added`) and, on a diagram of a thousand
 * elements, delay its first picture by about a fifth of what the Viewer needs for all of it (bench/designer).
 */

/** Fired once per editor: the first diagram has been painted and the browser has a moment to spare. */
export const FIRST_PAINT = 'designer.firstPaint';
/** The longest a busy page makes the panel wait after the first paint. */
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
