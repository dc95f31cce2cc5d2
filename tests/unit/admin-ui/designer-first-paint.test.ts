import type EventBus from 'diagram-js/lib/core/EventBus';
import { FIRST_PAINT, FirstPaint } from '../../../admin-ui/src/designer/first-paint';

/** diagram-js's EventBus as far as these modules use it. */
class FakeBus {
  private listeners = new Map<string, Array<() => void>>();
  fired: string[] = [];
  on(event: string, fn: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
  }
  once(event: string, fn: () => void) {
    const wrapped = () => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((f) => f !== wrapped),
      );
      fn();
    };
    this.on(event, wrapped);
  }
  fire(event: string) {
    this.fired.push(event);
    for (const fn of this.listeners.get(event) ?? []) fn();
  }
}

/** The browser's frame and idle queues, run by hand. */
const queues = { frames: new Map<number, () => void>(), idle: new Map<number, () => void>() };
let nextId = 1;
const runAll = (queue: Map<number, () => void>) => {
  const due = [...queue.values()];
  queue.clear();
  for (const fn of due) fn();
};
const browser = {
  requestAnimationFrame: (fn: () => void) => (queues.frames.set(nextId, fn), nextId++),
  cancelAnimationFrame: (id: number) => queues.frames.delete(id),
  requestIdleCallback: (fn: () => void) => (queues.idle.set(nextId, fn), nextId++),
  cancelIdleCallback: (id: number) => queues.idle.delete(id),
};

function editor() {
  const bus = new FakeBus();
  new FirstPaint(bus as unknown as EventBus);
  return bus;
}

describe('designer: panel and lint after the first paint', () => {
  beforeEach(() => {
    Object.assign(globalThis, browser);
    queues.frames.clear();
    queues.idle.clear();
  });
  afterEach(() => {
    for (const name of Object.keys(browser)) delete (globalThis as Record<string, unknown>)[name];
  });

  test('given an import, FIRST_PAINT waits for the frame that paints it and then for an idle moment, and comes once', () => {
    const bus = editor();
    bus.fire('import.done');
    expect(bus.fired).not.toContain(FIRST_PAINT);
    runAll(queues.frames);
    expect(bus.fired).not.toContain(FIRST_PAINT);
    runAll(queues.idle);
    expect(bus.fired.filter((e) => e === FIRST_PAINT)).toHaveLength(1);

    // a later import (a file, the template) does not bring it again
    bus.fire('import.done');
    runAll(queues.frames);
    runAll(queues.idle);
    expect(bus.fired.filter((e) => e === FIRST_PAINT)).toHaveLength(1);
  });

  test.each(['before its frame', 'between its frame and the idle moment'])(
    'an editor destroyed %s never fires it',
    (when) => {
      const bus = editor();
      bus.fire('import.done');
      if (when !== 'before its frame') runAll(queues.frames);
      bus.fire('diagram.destroy');
      runAll(queues.frames);
      runAll(queues.idle);
      expect(bus.fired).not.toContain(FIRST_PAINT);
    },
  );

  test('without requestIdleCallback (Safari) the next task stands in for the idle moment', async () => {
    delete (globalThis as Record<string, unknown>).requestIdleCallback;
    const bus = editor();
    bus.fire('import.done');
    runAll(queues.frames);
    expect(bus.fired).not.toContain(FIRST_PAINT);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(bus.fired).toContain(FIRST_PAINT);
  });
});
