/**
 * The designer bench page: imports one diagram into the console's Modeler (our modules: properties panel and
 * provider, ow extension, supported-element menus, translation), into a bare bpmn-js Modeler (no additional modules: the floor) or into
 * a bare bpmn-js Viewer, and answers the time to a painted canvas. For the console's Modeler it also answers when
 * what starts after the first paint (the properties panel) is in.
 */
import Modeler from 'bpmn-js/lib/Modeler';
import Viewer from 'bpmn-js/lib/Viewer';
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import { modelerOptions } from '../../admin-ui/src/designer/modeler-options';
import { FIRST_PAINT } from '../../admin-ui/src/designer/first-paint';
import { fitViewport } from '../../admin-ui/src/designer/fit';
import '../../admin-ui/src/designer/bpmn-styles';

export type Kind = 'modeler' | 'bareModeler' | 'viewer';
export interface Timing {
  /** creating the editor to a fitted canvas painted twice */
  ms: number;
  /** console's Modeler: creating it to the properties panel rendered */
  completeMs?: number;
}

const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

function create(kind: Kind, canvas: HTMLElement, panel: HTMLElement) {
  if (kind === 'modeler')
    return new Modeler(
      modelerOptions(
        canvas,
        panel,
        () => undefined,
        () => [],
        () => [],
        'zh-CN',
      ),
    );
  return kind === 'bareModeler' ? new Modeler({ container: canvas }) : new Viewer({ container: canvas });
}

/** Resolves with the time the properties panel first renders; it waits for FIRST_PAINT. */
function whenComplete(modeler: BaseViewer): Promise<number> {
  return new Promise((resolve) => {
    let started = false;
    modeler.on(FIRST_PAINT, () => {
      started = true;
    });
    modeler.on('propertiesPanel.rendered', () => started && resolve(performance.now()));
  });
}

async function importAndRender(kind: Kind, xml: string): Promise<Timing> {
  const stage = document.createElement('div');
  stage.className = 'stage';
  const canvas = document.createElement('div');
  canvas.className = 'canvas';
  const panel = document.createElement('div');
  panel.className = 'panel';
  stage.append(canvas, panel);
  document.body.append(stage);
  const t0 = performance.now();
  const instance = create(kind, canvas, panel);
  const complete = kind === 'modeler' ? whenComplete(instance) : undefined;
  const { warnings } = await instance.importXML(xml);
  fitViewport(instance);
  await painted();
  const ms = performance.now() - t0;
  if (warnings.length > 0) throw new Error(`${kind}: ${warnings.length} import warnings, e.g. ${String(warnings[0])}`);
  const completeMs = complete && (await complete) - t0;
  if (complete && !panel.querySelector('.bio-properties-panel-header'))
    throw new Error('modeler: no properties panel after the first paint');
  instance.destroy();
  stage.remove();
  return { ms, completeMs };
}

(window as unknown as { importAndRender: typeof importAndRender }).importAndRender = importAndRender;
document.title = 'ready';
