/** Namespace URIs the compiler recognises; prefixes are whatever the document declares. */
export const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
export const OW_NS = 'http://onewindow.gov.cn/schema/bpmn/1.0';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
/** Camunda 8's extension: user task forms embedded in the diagram (compile/designed-forms.ts). */
export const ZEEBE_NS = 'http://camunda.org/schema/zeebe/1.0';
