/** Reading the `ow:*` extension elements (bpmn/moddle/onewindow.json) of a node, reporting bad values. */
import { DEPARTMENT_PLACEHOLDERS, isDepartmentCode, isDepartmentPlaceholder } from '../departments';
import {
  OUTCOMES,
  ROLES,
  STEP_KINDS,
  type FormField,
  type Outcome,
  type Role,
  type StepKind,
  type UserTaskNode,
} from '../plan';
import type { TimerSpec } from '../../domain/deadline';
import { readStandardTimer } from './standard-timer';
import type { Findings } from './findings';
import { ELEMENT_VARIABLE_CANDIDATE } from './multi-instance';
import { extensionChildren } from './extension-elements';
import { OW_NS } from './namespaces';
import type { SourceNode } from './read-process';
import type { XmlElement } from './xml-tree';

export const FORM_FIELD_TYPES = ['string', 'text', 'number', 'boolean', 'date', 'enum'] as const;
export const MAX_TIME_LIMIT_DAYS = 365;
const MAX_TIMER_VALUE = 10000;
const FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

const includes = (list: readonly string[], value: string) => list.includes(value);

/** `ow:*` children of the node's bpmn:extensionElements; type names compared with a capital first letter. */
function owElements(el: XmlElement, type: string): XmlElement[] {
  return extensionChildren(el).filter(
    (ext) => ext.ns === OW_NS && ext.local.charAt(0).toUpperCase() + ext.local.slice(1) === type,
  );
}

const value = (el: XmlElement | undefined, name: string): string | undefined => {
  const v = el?.attrs.get(name)?.trim();
  return v ? v : undefined;
};

/** A non-negative integer attribute: undefined when absent, NaN when not an integer in 0..max. */
function integer(raw: string | undefined, max: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,7}$/.test(raw)) return NaN;
  const n = Number(raw);
  return n <= max ? n : NaN;
}

export function readCandidates(
  node: SourceNode,
  findings: Findings,
): { candidateDepartment?: string; candidateRole?: Role } {
  const ext = owElements(node.el, 'Candidates')[0];
  const department = value(ext, 'department');
  const role = value(ext, 'role');
  if (!department && !role) {
    findings.error(
      node,
      'USER_TASK_NO_CANDIDATES',
      '用户任务没有指定办理部门或角色（ow:Candidates）',
      'The user task names no candidate department or role (ow:Candidates)',
    );
    return {};
  }
  // whether the department exists is checkDepartments' question (the compile's known departments)
  // `${name}`: a multi-instance element variable, checked by checkElementVariables
  const isVariable = department !== undefined && ELEMENT_VARIABLE_CANDIDATE.test(department);
  if (department && !isDepartmentPlaceholder(department) && !isDepartmentCode(department) && !isVariable) {
    findings.error(
      node,
      'CANDIDATE_DEPARTMENT_UNKNOWN',
      `无效的办理部门 “${department}”：应为部门编码（大写字母）或 ${DEPARTMENT_PLACEHOLDERS.join('、')}`,
      `Invalid candidate department '${department}': expected a department code (capital letters) or one of ${DEPARTMENT_PLACEHOLDERS.join(', ')}`,
    );
  }
  if (role && !includes(ROLES, role)) {
    findings.error(
      node,
      'ROLE_INVALID',
      `未知的角色 “${role}”：应为 ${ROLES.join('、')}`,
      `Unknown role '${role}': expected one of ${ROLES.join(', ')}`,
    );
  }
  return {
    ...(department ? { candidateDepartment: department } : {}),
    ...(role ? { candidateRole: role as Role } : {}),
  };
}

/** What `ow:Step` says about a user task: its kind, time limit, opinion box, separation of duties and identity need. */
export type StepSettings = Pick<
  UserTaskNode,
  'stepKind' | 'timeLimitDays' | 'opinionLabel' | 'opinionRequired' | 'distinctFrom' | 'needsIdentity'
>;

export const MAX_OPINION_LABEL = 30;

export function readStep(node: SourceNode, findings: Findings): StepSettings {
  const ext = owElements(node.el, 'Step')[0];
  const kind = value(ext, 'kind');
  if (!kind) {
    findings.warn(
      node,
      'USER_TASK_NO_STEP',
      '用户任务未设置环节类型（ow:Step），按“其他”处理',
      "The user task has no step kind (ow:Step); it counts as 'other'",
    );
  } else if (!includes(STEP_KINDS, kind)) {
    findings.error(
      node,
      'STEP_KIND_INVALID',
      `未知的环节类型 “${kind}”：应为 ${STEP_KINDS.join('、')}`,
      `Unknown step kind '${kind}': expected one of ${STEP_KINDS.join(', ')}`,
    );
  }
  const rawLimit = value(ext, 'timeLimitDays');
  const timeLimitDays = integer(rawLimit, MAX_TIME_LIMIT_DAYS);
  if (Number.isNaN(timeLimitDays)) {
    findings.error(
      node,
      'TIME_LIMIT_INVALID',
      `环节时限 “${rawLimit}” 应为 0 到 ${MAX_TIME_LIMIT_DAYS} 的整数（工作日）`,
      `The step time limit '${rawLimit}' must be a whole number of working days from 0 to ${MAX_TIME_LIMIT_DAYS}`,
    );
  }
  const stepKind = (kind && includes(STEP_KINDS, kind) ? kind : 'other') as StepKind;
  const opinionLabel = value(ext, 'opinionLabel');
  if (opinionLabel !== undefined && opinionLabel.length > MAX_OPINION_LABEL) {
    findings.error(
      node,
      'OPINION_LABEL_INVALID',
      `意见框名称不能超过 ${MAX_OPINION_LABEL} 个字`,
      `The opinion box's label may have at most ${MAX_OPINION_LABEL} characters`,
    );
  }
  const opinionRequired = flag(node, ext, 'opinionRequired', findings);
  const needsIdentity = flag(node, ext, 'needsIdentity', findings);
  const distinctFrom = [
    ...new Set(
      (value(ext, 'distinctFrom') ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  return {
    stepKind,
    ...(Number.isNaN(timeLimitDays) || timeLimitDays === undefined ? {} : { timeLimitDays }),
    ...(opinionLabel ? { opinionLabel } : {}),
    ...(opinionRequired ? { opinionRequired } : {}),
    ...(distinctFrom.length > 0 ? { distinctFrom } : {}),
    ...(needsIdentity ? { needsIdentity } : {}),
  };
}

/** A true / false attribute: undefined when absent, reported when anything else. */
function flag(node: SourceNode, ext: XmlElement | undefined, name: string, findings: Findings): boolean | undefined {
  const raw = value(ext, name);
  if (raw === undefined) return undefined;
  if (raw !== 'true' && raw !== 'false') {
    findings.error(
      node,
      'STEP_FLAG_INVALID',
      `环节设置 ${name} 应为 true 或 false`,
      `The step setting ${name} must be true or false`,
    );
    return undefined;
  }
  return raw === 'true';
}

function readFormField(node: SourceNode, ext: XmlElement, index: number, findings: Findings): FormField | undefined {
  const key = value(ext, 'key');
  const at = `第 ${index + 1} 个表单字段`;
  const atEn = `form field ${index + 1}`;
  if (!key || !FIELD_KEY.test(key)) {
    findings.error(
      node,
      'FORM_FIELD_INVALID',
      `${at}的标识 “${key ?? ''}” 不合法：应为字母、数字、下划线，且不以数字开头`,
      `The key '${key ?? ''}' of ${atEn} is invalid: use letters, digits and underscores, not starting with a digit`,
    );
    return undefined;
  }
  const type = value(ext, 'type') ?? 'string';
  if (!includes(FORM_FIELD_TYPES, type)) {
    findings.error(
      node,
      'FORM_FIELD_INVALID',
      `表单字段 ${key} 的类型 “${type}” 不合法：应为 ${FORM_FIELD_TYPES.join('、')}`,
      `The type '${type}' of form field ${key} is invalid: expected one of ${FORM_FIELD_TYPES.join(', ')}`,
    );
    return undefined;
  }
  const required = value(ext, 'required');
  if (required !== undefined && required !== 'true' && required !== 'false') {
    findings.error(
      node,
      'FORM_FIELD_INVALID',
      `表单字段 ${key} 的 required 应为 true 或 false`,
      `required of form field ${key} must be true or false`,
    );
  }
  const options = (value(ext, 'options') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (type === 'enum' && options.length === 0) {
    findings.error(
      node,
      'FORM_FIELD_INVALID',
      `枚举字段 ${key} 需要选项（以逗号分隔）`,
      `The enum field ${key} needs options (comma-separated)`,
    );
  }
  const field: FormField = {
    key,
    label: value(ext, 'label') ?? key,
    type: type as FormField['type'],
    required: required === 'true',
  };
  if (options.length > 0) field.options = options;
  return field;
}

export function readFormFields(node: SourceNode, findings: Findings): FormField[] {
  const fields: FormField[] = [];
  const seen = new Set<string>();
  owElements(node.el, 'FormField').forEach((ext, index) => {
    const field = readFormField(node, ext, index, findings);
    if (!field) return;
    if (seen.has(field.key)) {
      findings.error(
        node,
        'FORM_FIELD_DUPLICATE',
        `表单字段标识 ${field.key} 重复`,
        `The form field key ${field.key} is used twice`,
      );
      return;
    }
    seen.add(field.key);
    fields.push(field);
  });
  return fields;
}

/** The service call: activity name (unchecked here) and its params; undefined when ow:ServiceCall is missing. */
export function readServiceCall(
  node: SourceNode,
  findings: Findings,
): { activity?: string; params: Record<string, string> } | undefined {
  const ext = owElements(node.el, 'ServiceCall')[0];
  if (!ext) return undefined;
  const params = new Map<string, string>();
  for (const param of ext.children.filter((c) => c.ns === OW_NS && c.local.toLowerCase() === 'param')) {
    const name = value(param, 'name');
    if (!name || !FIELD_KEY.test(name) || params.has(name)) {
      findings.error(
        node,
        'SERVICE_PARAM_INVALID',
        `参数名 “${name ?? ''}” 为空、不合法或重复`,
        `The parameter name '${name ?? ''}' is empty, invalid or repeated`,
      );
      continue;
    }
    params.set(name, param.attrs.get('value') ?? '');
  }
  return { activity: value(ext, 'activity'), params: Object.fromEntries(params) };
}

export function readTimer(node: SourceNode, findings: Findings): TimerSpec | undefined {
  const ext = owElements(node.el, 'Timer')[0];
  if (!ext) {
    const standard = readStandardTimer(node, findings);
    if (standard !== 'absent') return standard;
    findings.error(
      node,
      'TIMER_MISSING',
      '定时器没有设置时间（ow:Timer，或标准的 timeDuration / timeDate / timeCycle）',
      'The timer has no time set (ow:Timer, or a standard timeDuration / timeDate / timeCycle)',
    );
    return undefined;
  }
  const kind = value(ext, 'kind');
  const rawHours = value(ext, 'hours');
  const rawDays = value(ext, 'workingDays');
  const hours = integer(rawHours, MAX_TIMER_VALUE);
  const workingDays = integer(rawDays, MAX_TIMER_VALUE);
  const invalid = (zh: string, en: string) => {
    findings.error(node, 'TIMER_INVALID', zh, en);
    return undefined;
  };
  if (Number.isNaN(hours) || Number.isNaN(workingDays)) {
    return invalid(
      `定时器的小时数和工作日数应为 0 到 ${MAX_TIMER_VALUE} 的整数`,
      `The timer's hours and working days must be whole numbers from 0 to ${MAX_TIMER_VALUE}`,
    );
  }
  if (kind === 'duration') {
    if (!hours && !workingDays)
      return invalid(
        '“持续时间”定时器需要大于 0 的小时数或工作日数',
        'A duration timer needs hours or working days greater than 0',
      );
    return { kind, ...(hours ? { hours } : {}), ...(workingDays ? { workingDays } : {}) };
  }
  if (kind === 'beforeDeadline') {
    if (workingDays === undefined)
      return invalid('“到期前”定时器需要工作日数', 'A before-deadline timer needs a number of working days');
    if (hours !== undefined) {
      findings.warn(
        node,
        'TIMER_HOURS_IGNORED',
        '“到期前”定时器只按工作日计算，小时数被忽略',
        'A before-deadline timer counts working days only; hours are ignored',
      );
    }
    return { kind, workingDays };
  }
  return invalid(
    `定时器类型 “${kind ?? ''}” 不合法：应为 duration 或 beforeDeadline`,
    `The timer kind '${kind ?? ''}' is invalid: expected duration or beforeDeadline`,
  );
}

export function readOutcome(node: SourceNode, findings: Findings): Outcome {
  const outcome = value(owElements(node.el, 'Outcome')[0], 'value');
  if (outcome === undefined) {
    if (node.parentId === undefined) {
      findings.warn(
        node,
        'END_NO_OUTCOME',
        '结束事件未设置办理结果（ow:Outcome），按“办结”处理',
        'The end event has no outcome (ow:Outcome); it counts as COMPLETED',
      );
    }
    return 'COMPLETED';
  }
  if (!includes(OUTCOMES, outcome)) {
    findings.error(
      node,
      'OUTCOME_INVALID',
      `办理结果 “${outcome}” 不合法：应为 ${OUTCOMES.join('、')}`,
      `The outcome '${outcome}' is invalid: expected one of ${OUTCOMES.join(', ')}`,
    );
    return 'COMPLETED';
  }
  return outcome as Outcome;
}

/** The message a node names, unreported when absent: `ow:Message name`, else the standard messageRef's name. */
export const messageNameOf = (node: SourceNode): string | undefined =>
  value(owElements(node.el, 'Message')[0], 'name') ?? node.messageName;

/** The message a catch or receive task waits for: `ow:Message name`, else the standard messageRef's bpmn:message name. */
export function readMessage(node: SourceNode, findings: Findings): string {
  const name = messageNameOf(node);
  if (!name) {
    const [zh, en] =
      node.local === 'receiveTask' ? ['接收任务', 'The receive task'] : ['消息捕获事件', 'The message catch event'];
    findings.error(
      node,
      'MESSAGE_MISSING_NAME',
      `${zh}没有消息名称（ow:Message name，或 messageRef 指向带 name 的 bpmn:Message）`,
      `${en} has no message name (ow:Message name, or a messageRef to a bpmn:Message with a name)`,
    );
    return '';
  }
  return name;
}
