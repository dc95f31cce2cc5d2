import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';

const MARGIN = 24;

/**
 * Zoom so the whole diagram fits, never larger than 100 %, and clear of the palette on the left (the editor's
 * tool column would otherwise hide the first steps of a left-to-right procedure).
 */
export function fitViewport(viewer: BaseViewer): void {
  const canvas = viewer.get<Canvas>('canvas');
  const container = canvas.getContainer();
  const bounds = container.getBoundingClientRect();
  const palette = container.querySelector('.djs-palette')?.getBoundingClientRect();
  const left = (palette ? palette.right - bounds.left : 0) + MARGIN;
  const { inner } = canvas.viewbox();
  if (!inner.width || !inner.height || !bounds.width || !bounds.height) return;
  const scale = Math.min((bounds.width - left - MARGIN) / inner.width, (bounds.height - 2 * MARGIN) / inner.height, 1);
  const width = bounds.width / scale;
  const height = bounds.height / scale;
  canvas.viewbox({ x: inner.x - left / scale, y: inner.y - (height - inner.height) / 2, width, height });
}
