import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';

const MARGIN = 24;
/** Labels are drawn at 13 px (the viewer's textRenderer): below this zoom they would be smaller than 11 px. */
export const MIN_READABLE_ZOOM = 11 / 13;
export const LABEL_FONT_SIZE = 13;

/**
 * The whole diagram when it fits at a readable size (never above 100 %); otherwise the readable size, showing the
 * start of the procedure (its left end), vertically centred. The rest is a drag or a zoom button away.
 */
export function fitReadable(viewer: BaseViewer): void {
  const canvas = viewer.get<Canvas>('canvas');
  const bounds = canvas.getContainer().getBoundingClientRect();
  const { inner } = canvas.viewbox();
  if (!inner.width || !inner.height || !bounds.width || !bounds.height) return;
  const fit = Math.min((bounds.width - 2 * MARGIN) / inner.width, (bounds.height - 2 * MARGIN) / inner.height, 1);
  const scale = Math.max(fit, MIN_READABLE_ZOOM);
  const width = bounds.width / scale;
  const height = bounds.height / scale;
  const x = fit >= MIN_READABLE_ZOOM ? inner.x - (width - inner.width) / 2 : inner.x - MARGIN / scale;
  canvas.viewbox({ x, y: inner.y - (height - inner.height) / 2, width, height });
}

/** One step of the zoom buttons, around the centre of the view. */
export function zoomBy(viewer: BaseViewer, factor: number): void {
  const canvas = viewer.get<Canvas>('canvas');
  canvas.zoom(Math.min(Math.max(canvas.zoom() * factor, 0.2), 4), 'auto' as never);
}
