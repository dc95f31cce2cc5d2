/**
 * A BPMN message's or signal's name as the API takes it in a path: a letter or _ first, then letters, digits, _ . or
 * -, at most 100 characters. It never holds a quote, so it is safe inside a Temporal visibility query.
 */
export const EVENT_NAME = /^[\p{L}_][\p{L}\p{N}_.-]{0,99}$/u;

export const isEventName = (name: string): boolean => EVENT_NAME.test(name);
