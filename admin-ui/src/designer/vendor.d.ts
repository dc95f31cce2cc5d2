/* Type shims for the bpmn-io packages that ship no declarations. */
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: any;
  export const BpmnPropertiesProviderModule: any;
  export function useService<T = any>(name: string): T;
}
declare module '@bpmn-io/properties-panel' {
  export const TextFieldEntry: any;
  export const TextAreaEntry: any;
  export const SelectEntry: any;
  export const CheckboxEntry: any;
  export const NumberFieldEntry: any;
  export const ListGroup: any;
  export const Group: any;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isTextAreaEntryEdited(node: unknown): boolean;
  export function isSelectEntryEdited(node: unknown): boolean;
  export function isCheckboxEntryEdited(node: unknown): boolean;
  export function isNumberFieldEntryEdited(node: unknown): boolean;
}
declare module '@bpmn-io/properties-panel/preact/jsx-runtime' {
  export function jsx(type: unknown, props: Record<string, unknown>, key?: string): any;
  export function jsxs(type: unknown, props: Record<string, unknown>, key?: string): any;
}

declare module 'bpmn-auto-layout' {
  /** Lays out the diagram's process and returns it with a drawing (BPMNDiagram). */
  export function layoutProcess(xml: string): Promise<string>;
}

declare module 'bpmn-moddle' {
  /** bpmn.io's BPMN meta-model: XML to a tree of model elements and back (the parts used here). */
  export class BpmnModdle {
    fromXML(xml: string): Promise<{ rootElement: unknown }>;
    toXML(element: unknown): Promise<{ xml: string }>;
  }
}

declare module 'dmn-js/lib/Modeler' {
  export default class DmnModeler {
    constructor(options: { container: HTMLElement; common?: { additionalModules?: unknown[] } });
    importXML(xml: string): Promise<{ warnings: unknown[] }>;
    saveXML(options?: { format?: boolean }): Promise<{ xml: string }>;
    destroy(): void;
  }
}
