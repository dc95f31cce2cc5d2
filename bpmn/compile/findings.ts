import type { CompileProblem } from '../plan';

/** Codes of compile problems (errors) and warnings, stable for tests and the console. */
export type FindingCode =
  | 'XML_EMPTY'
  | 'XML_TOO_LARGE'
  | 'XML_DOCTYPE'
  | 'XML_MALFORMED'
  | 'NOT_BPMN'
  | 'NO_PROCESS'
  | 'MULTIPLE_PROCESSES'
  | 'MULTIPLE_EXECUTABLE_PROCESSES'
  | 'TOO_MANY_ELEMENTS'
  | 'MISSING_ID'
  | 'INVALID_ID'
  | 'DUPLICATE_ID'
  | 'UNSUPPORTED_ELEMENT'
  | 'UNSUPPORTED_EVENT'
  | 'CALL_ACTIVITY_INVALID'
  | 'CALLED_PROCEDURE_UNKNOWN'
  | 'CALLED_PROCEDURE_UNPUBLISHED'
  | 'CALL_CYCLE'
  | 'NO_START_EVENT'
  | 'MULTIPLE_START_EVENTS'
  | 'START_HAS_INCOMING'
  | 'END_HAS_OUTGOING'
  | 'BOUNDARY_HAS_INCOMING'
  | 'SUBPROCESS_NO_START'
  | 'SUBPROCESS_MULTIPLE_STARTS'
  | 'FLOW_MISSING_REF'
  | 'FLOW_UNKNOWN_SOURCE'
  | 'FLOW_UNKNOWN_TARGET'
  | 'FLOW_CROSSES_SCOPE'
  | 'GATEWAY_MISSING_CONDITION'
  | 'DEFAULT_FLOW_INVALID'
  | 'CONDITION_SYNTAX'
  | 'CONDITION_NOT_ALLOWED'
  | 'UNREACHABLE'
  | 'CANNOT_REACH_END'
  | 'USER_TASK_NO_CANDIDATES'
  | 'CANDIDATE_DEPARTMENT_UNKNOWN'
  | 'ROLE_INVALID'
  | 'STEP_KIND_INVALID'
  | 'TIME_LIMIT_INVALID'
  | 'FORM_FIELD_INVALID'
  | 'FORM_FIELD_DUPLICATE'
  | 'SERVICE_NO_CALL'
  | 'SERVICE_UNKNOWN_ACTIVITY'
  | 'SERVICE_PARAM_INVALID'
  | 'TIMER_MISSING'
  | 'TIMER_INVALID'
  | 'MESSAGE_MISSING_NAME'
  | 'SEND_TASK_NOTHING_TO_SEND'
  | 'EVENT_GATEWAY_INVALID'
  | 'BOUNDARY_ATTACHED_UNKNOWN'
  | 'BOUNDARY_NOT_ON_USER_TASK'
  | 'OUTCOME_INVALID'
  | 'STEP_FLAG_INVALID'
  | 'OPINION_LABEL_INVALID'
  | 'DISTINCT_FROM_INVALID'
  | 'CONDITION_READS_FREE_TEXT'
  | 'EVENT_REF_UNKNOWN'
  | 'THROW_CODE_MISSING'
  | 'BOUNDARY_HOST_INVALID'
  | 'ERROR_BOUNDARY_NON_INTERRUPTING'
  | 'MULTI_INSTANCE_INVALID'
  | 'EVENT_SUB_PROCESS_START'
  | 'EVENT_SUB_PROCESS_FLOWS'
  // remaining BPMN events (event sub-process starts, links)
  | 'ERROR_START_NON_INTERRUPTING'
  | 'LINK_NAME_MISSING'
  | 'LINK_CATCH_MISSING'
  | 'LINK_CATCH_DUPLICATE'
  | 'SIGNAL_NAME_MISSING'
  | 'DESIGNED_FORM_INVALID'
  | 'FEEL_SYNTAX'
  | 'FEEL_UNKNOWN_FUNCTION'
  | 'DECISION_INVALID'
  | 'MAPPING_INVALID'
  | 'COMPENSATION_HANDLER_MISSING'
  | 'COMPENSATION_HANDLER_INVALID'
  | 'COMPENSATION_HANDLER_FLOWS'
  | 'COMPENSATION_HANDLER_UNUSED'
  | 'COMPENSATION_ACTIVITY_INVALID'
  | 'COMPENSATION_NO_WAIT'
  // warnings
  | 'END_NO_OUTCOME'
  | 'USER_TASK_NO_STEP'
  | 'GATEWAY_NO_DEFAULT'
  | 'CONDITION_ON_DEFAULT_FLOW'
  | 'CONDITION_UNKNOWN_PATH'
  | 'SERVICE_PARAM_MISSING'
  | 'SERVICE_PARAM_UNKNOWN'
  | 'TIMER_HOURS_IGNORED'
  | 'DESIGNED_FORM_CONDITIONAL';

/** The element a finding is about. */
export interface Subject {
  id: string;
  /** e.g. bpmn:UserTask */
  type: string;
}

/** `userTask` → `bpmn:UserTask`, as bpmn-js names types. */
export const bpmnType = (local: string): string => `bpmn:${local.charAt(0).toUpperCase()}${local.slice(1)}`;

/** Collects every problem and warning of one compile, so all are reported at once. */
export class Findings {
  readonly problems: CompileProblem[] = [];
  readonly warnings: CompileProblem[] = [];

  error(subject: Subject, code: FindingCode, messageZh: string, messageEn: string): void {
    this.problems.push({ elementId: subject.id, elementType: subject.type, code, messageZh, messageEn });
  }

  warn(subject: Subject, code: FindingCode, messageZh: string, messageEn: string): void {
    this.warnings.push({ elementId: subject.id, elementType: subject.type, code, messageZh, messageEn });
  }
}
