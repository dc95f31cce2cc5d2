import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import owDescriptor from '../../../bpmn/moddle/onewindow.json';
import zeebeDescriptor from 'zeebe-bpmn-moddle/resources/zeebe.json';
import { owPropertiesModule } from './ow-properties';
import { afterFirstPaintModule } from './after-first-paint';
import { supportedMenusModule } from './supported-menus';
import { createTranslateModule, type Lookup } from './translate-module';
import { createDepartmentsModule } from './ow-properties/departments-module';
import { createProceduresModule, type ProcedureOption } from './ow-properties/procedures-module';
import type { DepartmentOption } from './ow-properties/options';

/**
 * The `ow` moddle extension, so ow:* extension elements parse, edit and export; and Camunda 8's `zeebe`, for forms
 * designed with form-js (embedded as zeebe:UserTaskForm) and so a Camunda Modeler diagram's zeebe:* keep their types.
 */
export const moddleExtensions = { ow: owDescriptor, zeebe: zeebeDescriptor };

/** Groups the panel shows open: the general one and ours. */
const OPEN_GROUPS = [
  'general',
  'ow-candidates',
  'ow-step',
  'ow-form',
  'ow-designed-form',
  'ow-service',
  'ow-service-params',
  'ow-timer',
  'ow-outcome',
  'ow-message',
  'ow-condition',
  'ow-decision',
  'ow-call',
  'ow-call-in',
  'ow-call-out',
];
const panelLayout = { groups: Object.fromEntries(OPEN_GROUPS.map((id) => [id, { open: true }])) };

/**
 * Options of the editing Modeler: properties panel with our provider, translation, and menus offering the supported
 * element kinds only. The panel starts after the first diagram is painted (after-first-paint.ts). The compiler's
 * problems (useLiveValidation) are the one check: no separate linter to disagree with it.
 */
export function modelerOptions(
  container: HTMLElement,
  panel: HTMLElement,
  lookup: Lookup,
  departments: () => DepartmentOption[],
  procedures: () => ProcedureOption[],
  locale: string,
) {
  return {
    container,
    propertiesPanel: { parent: panel, layout: panelLayout },
    owLocale: locale,
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      owPropertiesModule,
      supportedMenusModule,
      afterFirstPaintModule,
      createTranslateModule(lookup),
      createDepartmentsModule(departments),
      createProceduresModule(procedures),
    ],
    moddleExtensions,
  };
}
