import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import lintModule from 'bpmn-js-bpmnlint';
import owDescriptor from '../../../bpmn/moddle/onewindow.json';
import { owPropertiesModule } from './ow-properties';
import { afterFirstPaintModule } from './after-first-paint';
import { createTranslateModule, type Lookup } from './translate-module';
import { createDepartmentsModule } from './ow-properties/departments-module';
import type { DepartmentOption } from './ow-properties/options';

/** The `ow` moddle extension, so ow:* extension elements parse, edit and export. */
export const moddleExtensions = { ow: owDescriptor };

/** Groups the panel shows open: the general one and ours. */
const OPEN_GROUPS = [
  'general',
  'ow-candidates',
  'ow-step',
  'ow-form',
  'ow-service',
  'ow-service-params',
  'ow-timer',
  'ow-outcome',
  'ow-message',
  'ow-condition',
];
const panelLayout = { groups: Object.fromEntries(OPEN_GROUPS.map((id) => [id, { open: true }])) };

/**
 * Options of the editing Modeler: properties panel with our provider, linting, translation. The panel and the lint
 * rules start after the first diagram is painted (after-first-paint.ts).
 */
export function modelerOptions(
  container: HTMLElement,
  panel: HTMLElement,
  lookup: Lookup,
  departments: () => DepartmentOption[],
) {
  return {
    container,
    propertiesPanel: { parent: panel, layout: panelLayout },
    linting: { active: true },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      owPropertiesModule,
      lintModule,
      afterFirstPaintModule,
      createTranslateModule(lookup),
      createDepartmentsModule(departments),
    ],
    moddleExtensions,
  };
}
