/**
 * The designer bench page: imports one diagram into the console's Modeler (our modules: properties panel and
 * provider, ow extension, lint, translation) or into a bare bpmn-js Viewer, and answers the time to a painted canvas.
 */
import Modeler from 'bpmn-js/lib/Modeler';
import Viewer from 'bpmn-js/lib/Viewer';
import { modelerOptions } from '../../admin-ui/src/designer/modeler-options';
import { fitViewport } from '../../admin-ui/src/designer/fit';
import '../../admin-ui/src/designer/bpmn-styles';

const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

async function importAndRender(kind: 'modeler' | 'viewer', xml: string): Promise<number> {
  const stage = document.createElement('div');
  stage.className = 'stage';
  const canvas = document.createElement('div');
  canvas.className = 'canvas';
  const panel = document.createElement('div');
  panel.className = 'panel';
  stage.append(canvas, panel);
  document.body.append(stage);
  const t0 = performance.now();
  const instance = kind === 'modeler' ? new Modeler(modelerOptions(canvas, panel, () => undefined)) : new Viewer({ container: canvas });
  const { warnings } = await instance.importXML(xml);
  fitViewport(instance);
  await painted();
  const ms = performance.now() - t0;
  if (warnings.length > 0) throw new Error(`${kind}: ${warnings.length} import warnings, e.g. ${String(warnings[0])}`);
  if (kind === 'modeler') (instance.get('linting') as { _lintStart?: number })._lintStart = undefined;
  instance.destroy();
  stage.remove();
  return ms;
}

(window as unknown as { importAndRender: typeof importAndRender }).importAndRender = importAndRender;
document.title = 'ready';
