import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';

/** Zoom so the whole diagram fits, centred ('auto' is valid at run time; the typings want a Point). */
export function fitViewport(viewer: BaseViewer): void {
  viewer.get<Canvas>('canvas').zoom('fit-viewport', 'auto' as never);
}
