/** Namespace URIs the compiler recognises; prefixes are whatever the document declares. */
export const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
export const OW_NS = 'http://onewindow.gov.cn/schema/bpmn/1.0';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
