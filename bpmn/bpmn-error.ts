/**
 * How a service activity raises a BPMN error: a non-retryable ApplicationFailure of this type whose first detail is
 * `BpmnErrorDetails`. The interpreter lets the nearest error boundary event with that code (or without one) catch
 * it; nobody catching it is an incident.
 */
export const BPMN_ERROR_TYPE = 'BpmnError';

export interface BpmnErrorDetails {
  /** compared with the errorCode of a boundary event's bpmn:error */
  code: string;
  zh: string;
  en: string;
}
