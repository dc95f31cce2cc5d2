import { ApplicationFailure } from '@temporalio/common';
import { BPMN_ERROR_TYPE, type BpmnErrorDetails } from '../bpmn/bpmn-error';

/**
 * A service activity refusing its input raises a BPMN error: not retried, caught in the procedure by an error
 * boundary event with this code (or one catching all), otherwise an incident on the matter.
 */
export const bpmnError = (code: string, zh: string, en: string): ApplicationFailure =>
  ApplicationFailure.nonRetryable(`${zh} / ${en}`, BPMN_ERROR_TYPE, { code, zh, en } satisfies BpmnErrorDetails);
