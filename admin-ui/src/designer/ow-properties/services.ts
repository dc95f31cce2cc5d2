import { useService } from 'bpmn-js-properties-panel';
import type { OwDepartments } from './departments-module';
import type { BpmnFactory, CommandStack } from './extension';
import type { OwProcedures } from './procedures-module';

export type Translate = (key: string, replacements?: Record<string, string>) => string;

/** The diagram services every entry needs, from inside the properties panel's (preact) render. */
export function usePanelServices() {
  return {
    translate: useService<Translate>('translate'),
    debounce: useService<(fn: (...args: unknown[]) => void) => (...args: unknown[]) => void>('debounceInput'),
    commandStack: useService<CommandStack>('commandStack'),
    bpmnFactory: useService<BpmnFactory>('bpmnFactory'),
    departments: useService<OwDepartments>('owDepartments'),
    procedures: useService<OwProcedures>('owProcedures'),
  };
}
