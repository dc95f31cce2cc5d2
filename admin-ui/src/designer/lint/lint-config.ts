import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import { serviceTaskActivity, userTaskCandidates } from './ow-rules';

/** bpmn-js-bpmnlint configuration: a few stock rules plus ours (plugin `ow`, package bpmnlint-plugin-ow). */
export const lintConfig = {
  config: {
    rules: {
      'start-event-required': 'error',
      'end-event-required': 'error',
      'no-disconnected': 'error',
      'no-duplicate-sequence-flows': 'error',
      'ow/user-task-candidates': 'error',
      'ow/service-task-activity': 'error',
    },
  },
  resolver: new StaticResolver({
    'rule:bpmnlint/start-event-required': startEventRequired,
    'rule:bpmnlint/end-event-required': endEventRequired,
    'rule:bpmnlint/no-disconnected': noDisconnected,
    'rule:bpmnlint/no-duplicate-sequence-flows': noDuplicateSequenceFlows,
    'rule:bpmnlint-plugin-ow/user-task-candidates': userTaskCandidates,
    'rule:bpmnlint-plugin-ow/service-task-activity': serviceTaskActivity,
  }),
};
