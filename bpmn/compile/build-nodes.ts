/** One plan node per supported source node, from its attributes and `ow:*` extensions. */
import type { TimerSpec } from '../../domain/deadline';
import { isCycle } from '../../domain/iso-timer';
import type { PlanNode } from '../plan';
import { SERVICE_ACTIVITIES, SERVICE_ACTIVITY_INFO, isServiceActivity } from '../service-activities';
import { buildBoundaryEvent, buildThrowEvent, type EventRefs } from './errors-escalations';
import type { Findings } from './findings';
import { readMultiInstance } from './multi-instance';
import {
  readCandidates,
  readFormFields,
  readMessage,
  readOutcome,
  readServiceCall,
  readStep,
  readTimer,
} from './ow-extensions';
import type { SourceNode } from './read-process';
import { sendNotice } from './build-send-task';
import { buildCallActivity } from './call-activity';
import { readIoMappings } from './io-mappings';
import { buildCompensationBoundary, buildCompensationThrow } from './compensation';
import { linkName } from './links';
import { nodeBase } from './node-base';
import { signalName } from './signals';

function checkParams(
  node: SourceNode,
  activity: keyof typeof SERVICE_ACTIVITY_INFO,
  params: Record<string, string>,
  findings: Findings,
): void {
  const info = SERVICE_ACTIVITY_INFO[activity];
  for (const name of info.requiredParams) {
    if (!params[name]?.trim()) {
      findings.warn(
        node,
        'SERVICE_PARAM_MISSING',
        `服务 ${activity} 缺少参数 ${name}`,
        `The service ${activity} is missing its parameter ${name}`,
      );
    }
  }
  for (const [name, rule] of Object.entries(info.paramRules ?? {})) {
    const value = params[name];
    if (value?.trim() && !rule.accepts(value.trim()))
      findings.error(
        node,
        'SERVICE_PARAM_INVALID',
        `服务 ${activity} 的参数 ${name} 无效（${value}）：${rule.zh}`,
        `The service ${activity} has an invalid ${name} (${value}): ${rule.en}`,
      );
  }
  const known = new Set([...info.requiredParams, ...info.optionalParams]);
  for (const name of Object.keys(params)) {
    if (!known.has(name))
      findings.warn(
        node,
        'SERVICE_PARAM_UNKNOWN',
        `服务 ${activity} 不使用参数 ${name}`,
        `The service ${activity} does not use the parameter ${name}`,
      );
  }
}

function serviceTask(node: SourceNode, findings: Findings): PlanNode {
  const call = readServiceCall(node, findings);
  if (!call && node.local === 'sendTask')
    return { ...nodeBase(node), type: 'serviceTask', ...sendNotice(node, findings) };
  if (!call) {
    findings.error(
      node,
      'SERVICE_NO_CALL',
      '服务任务没有指定要执行的服务（ow:ServiceCall）',
      'The service task names no service to run (ow:ServiceCall)',
    );
    return { ...nodeBase(node), type: 'serviceTask', activity: '', params: {} };
  }
  const activity = call.activity ?? '';
  if (!isServiceActivity(activity)) {
    findings.error(
      node,
      'SERVICE_UNKNOWN_ACTIVITY',
      `未知的服务 “${activity}”：应为 ${SERVICE_ACTIVITIES.join('、')}`,
      `Unknown service '${activity}': expected one of ${SERVICE_ACTIVITIES.join(', ')}`,
    );
  } else {
    checkParams(node, activity, call.params, findings);
  }
  return { ...nodeBase(node), type: 'serviceTask', activity, params: call.params };
}

function boundaryTimer(node: SourceNode, findings: Findings): PlanNode {
  const timer = readTimer(node, findings) ?? { kind: 'duration', hours: 0 };
  const attachedToId = node.el.attrs.get('attachedToRef')?.trim() ?? '';
  const interrupting = node.el.attrs.get('cancelActivity')?.trim() !== 'false';
  if (interrupting) refuseCycle(node, timer, findings);
  return { ...nodeBase(node), type: 'boundaryTimer', attachedToId, interrupting, timer };
}

/** A repeating timer makes sense only where the task stays: on a non-interrupting boundary event (as in Camunda 8). */
function refuseCycle(node: SourceNode, timer: TimerSpec, findings: Findings): void {
  if (!isCycle(timer)) return;
  findings.error(
    node,
    'TIMER_INVALID',
    '重复定时器（timeCycle）只能用于非中断边界事件（cancelActivity="false"）',
    'A repeating timer (timeCycle) is allowed only on a non-interrupting boundary event (cancelActivity="false")',
  );
}

/** A message or signal boundary event: the name it waits for, whether it interrupts its activity. */
function boundaryCatch(node: SourceNode, refs: EventRefs, findings: Findings): PlanNode {
  const signal = node.eventDefinitions[0]?.local === 'signalEventDefinition';
  return {
    ...nodeBase(node),
    type: 'boundaryCatch',
    kind: signal ? 'signal' : 'message',
    eventName: signal ? signalName(node, refs, findings) : readMessage(node, findings),
    attachedToId: node.el.attrs.get('attachedToRef')?.trim() ?? '',
    interrupting: node.el.attrs.get('cancelActivity')?.trim() !== 'false',
  };
}

function multiInstance(node: SourceNode, findings: Findings) {
  const settings = readMultiInstance(node, findings);
  return settings ? { multiInstance: settings } : {};
}

/** undefined for an unsupported node (already reported). */
export function buildNode(node: SourceNode, findings: Findings, refs: EventRefs): PlanNode | undefined {
  switch (node.planType) {
    case 'startEvent':
      return { ...nodeBase(node), type: 'startEvent' };
    case 'endEvent':
      return {
        ...nodeBase(node),
        type: 'endEvent',
        outcome: readOutcome(node, findings),
        terminate: node.eventDefinitions.some((d) => d.local === 'terminateEventDefinition'),
      };
    case 'userTask':
      return {
        ...nodeBase(node),
        type: 'userTask',
        ...readStep(node, findings),
        ...readCandidates(node, findings),
        formFields: readFormFields(node, findings),
        allowedDecisions: [],
        boundaryTimerIds: [],
        ...multiInstance(node, findings),
        ...readIoMappings(node, findings),
      };
    case 'serviceTask':
      return {
        ...serviceTask(node, findings),
        ...multiInstance(node, findings),
        ...readIoMappings(node, findings),
      } as PlanNode;
    case 'exclusiveGateway':
      return { ...nodeBase(node), type: 'exclusiveGateway' };
    case 'parallelGateway':
      return { ...nodeBase(node), type: 'parallelGateway' };
    case 'timerCatch': {
      const timer = readTimer(node, findings) ?? { kind: 'duration', hours: 0 };
      refuseCycle(node, timer, findings);
      return { ...nodeBase(node), type: 'timerCatch', timer };
    }
    case 'messageCatch':
      return { ...nodeBase(node), type: 'messageCatch', message: readMessage(node, findings) };
    case 'boundaryTimer':
      return boundaryTimer(node, findings);
    case 'boundaryCatch':
      return boundaryCatch(node, refs, findings);
    case 'subProcess':
      return { ...nodeBase(node), type: 'subProcess', startNodeId: '', ...multiInstance(node, findings) };
    case 'callActivity':
      return { ...buildCallActivity(node, findings), ...multiInstance(node, findings) };
    case 'throwEvent':
      return buildThrowEvent(node, refs, findings);
    case 'boundaryEvent':
      return buildBoundaryEvent(node, refs, findings);
    case 'inclusiveGateway':
      return { ...nodeBase(node), type: 'inclusiveGateway' };
    case 'eventGateway':
      return { ...nodeBase(node), type: 'eventGateway' };
    case 'signalCatch':
      return { ...nodeBase(node), type: 'signalCatch', signal: signalName(node, refs, findings) };
    case 'signalThrow':
      return {
        ...nodeBase(node),
        type: 'signalThrow',
        signal: signalName(node, refs, findings),
        end: node.local === 'endEvent',
      };
    case 'linkEvent':
      return {
        ...nodeBase(node),
        type: 'linkEvent',
        link: linkName(node) ?? '',
        throw: node.local === 'intermediateThrowEvent',
      };
    case 'compensationBoundary':
      return buildCompensationBoundary(node);
    case 'compensationThrow':
      return buildCompensationThrow(node, findings);
    case 'passThroughTask':
      return {
        ...nodeBase(node),
        type: 'passThroughTask',
        elementType: node.local === 'manualTask' ? 'manualTask' : 'task',
      };
    default:
      return undefined;
  }
}
