/**
 * A bpmn:sendTask without ow:ServiceCall sends the applicant the notice its message names (the messageRef's
 * bpmn:message name, or ow:Message name): one of the applicant notice kinds, through the `notify` service, whose
 * event puts the notice in the outbox (platform/notices/event-notices.ts). With ow:ServiceCall it runs that service.
 */
import { APPLICANT_NOTICE_KINDS, isApplicantNoticeKind } from '../../domain/notices';
import type { ServiceTaskNode } from '../plan';
import type { Findings } from './findings';
import { messageNameOf } from './ow-extensions';
import type { SourceNode } from './read-process';

export function sendNotice(node: SourceNode, findings: Findings): Pick<ServiceTaskNode, 'activity' | 'params'> {
  const kinds = APPLICANT_NOTICE_KINDS.join(', ');
  const message = messageNameOf(node);
  if (!message) {
    findings.error(
      node,
      'SEND_TASK_NOTHING_TO_SEND',
      `发送任务没有说明发送什么：请用 messageRef 指向名称为通知类型（${APPLICANT_NOTICE_KINDS.join('、')}）的 bpmn:Message，或设置 ow:ServiceCall`,
      `The send task does not say what it sends: give it a messageRef to a bpmn:Message named after a notice kind (${kinds}), or an ow:ServiceCall`,
    );
    return { activity: 'notify', params: {} };
  }
  if (!isApplicantNoticeKind(message)) {
    findings.error(
      node,
      'SEND_TASK_NOTHING_TO_SEND',
      `发送任务的消息 “${message}” 不是通知类型：应为 ${APPLICANT_NOTICE_KINDS.join('、')}，或设置 ow:ServiceCall`,
      `The send task's message '${message}' is not a notice kind: expected one of ${kinds}, or an ow:ServiceCall`,
    );
  }
  return { activity: 'notify', params: { template: message } };
}
