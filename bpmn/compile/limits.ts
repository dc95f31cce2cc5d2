/** Input limits: past these a diagram is refused with one problem instead of being compiled. */
export const MAX_XML_BYTES = 2 * 1024 * 1024;
/** BPMN flow elements (nodes, sequence flows, boundary events) in the process, sub-processes included */
export const MAX_FLOW_ELEMENTS = 5000;
/**
 * Every XML element, diagram interchange and extensions included. Counted before parsing so junk with
 * hundreds of thousands of tags is refused cheaply; generous because a 5,000-element process has a lot of DI.
 */
export const MAX_XML_TAGS = 60000;
export const MAX_XML_DEPTH = 100;
