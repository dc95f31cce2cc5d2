/**
 * Forms designed with form-js (bpmn.io): a schema's input fields read as the plan's form fields with their rules,
 * and submitted values checked against them the way form-js's own validator checks them in the browser, so the
 * server refuses what a tampered or outdated page lets through. Pure and deterministic (no I/O, no clock): the
 * compiler, the API and the workflow's complete validator all use it.
 */
import { formValueProblems, isBlankValue, type FormValue, type FormValueProblem } from './form-values';
import type { FieldRules, FormField } from './plan';

/** The formKey prefix of a form embedded in the diagram (Camunda 8: `camunda-forms:bpmn:<userTaskForm id>`). */
export const EMBEDDED_FORM_KEY_PREFIX = 'camunda-forms:bpmn:';
export const DESIGNED_FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** form-js input components the server can check, and what they are as a plan field. */
const INPUT_TYPES: Record<string, FormField['type']> = {
  textfield: 'string',
  textarea: 'text',
  number: 'number',
  checkbox: 'boolean',
  radio: 'enum',
  select: 'enum',
  datetime: 'date',
};
/** Components that show something and submit nothing. */
const DISPLAY_TYPES = new Set([
  'text',
  'html',
  'image',
  'spacer',
  'separator',
  'button',
  'table',
  'iframe',
  'documentPreview',
]);
const MAX_GROUP_DEPTH = 10;
/** The form-js components a designed form may use: the designer's palette offers these only. */
export const SUPPORTED_FORM_COMPONENTS: readonly string[] = [...Object.keys(INPUT_TYPES), ...DISPLAY_TYPES, 'group'];

export interface SchemaProblem {
  zh: string;
  en: string;
  /** a warning does not stop publishing */
  warning?: boolean;
}

type Json = { [key: string]: unknown };
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isExpression = (v: unknown) => typeof v === 'string' && v.trim().startsWith('=');

function numberRule(raw: unknown, name: string, at: string, problems: SchemaProblem[]): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (isExpression(raw)) {
    problems.push({
      zh: `${at}的校验 ${name} 是表达式，服务端无法核对：请填写固定数值`,
      en: `The ${name} check of ${at} is an expression the server cannot enforce: use a fixed number`,
    });
    return undefined;
  }
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(n)) {
    problems.push({ zh: `${at}的校验 ${name} 应为数值`, en: `The ${name} check of ${at} must be a number` });
    return undefined;
  }
  return n;
}

function readRules(c: Json, type: FormField['type'], at: string, problems: SchemaProblem[]): FieldRules {
  const validate = isObject(c.validate) ? c.validate : {};
  const rules: FieldRules = {};
  const put = <K extends keyof FieldRules>(key: K, value: FieldRules[K] | undefined) => {
    if (value !== undefined) rules[key] = value;
  };
  if (type === 'number') {
    put('min', numberRule(validate.min, 'min', at, problems));
    put('max', numberRule(validate.max, 'max', at, problems));
    const digits = numberRule(c.decimalDigits, 'decimalDigits', at, problems);
    put('decimalDigits', digits !== undefined && digits >= 0 ? Math.floor(digits) : undefined);
  }
  if (type === 'string' || type === 'text') {
    put('minLength', numberRule(validate.minLength, 'minLength', at, problems));
    put('maxLength', numberRule(validate.maxLength, 'maxLength', at, problems));
    const validationType = validate.validationType;
    if (validationType === 'email' || validationType === 'phone') put('validationType', validationType);
    if (typeof validate.pattern === 'string' && validate.pattern !== '') {
      try {
        new RegExp(validate.pattern);
        put('pattern', validate.pattern);
        if (typeof validate.patternErrorMessage === 'string' && validate.patternErrorMessage.trim())
          put('patternMessage', validate.patternErrorMessage.trim());
      } catch {
        problems.push({
          zh: `${at}的校验格式（正则表达式）无效：${validate.pattern}`,
          en: `The pattern of ${at} is no valid regular expression: ${validate.pattern}`,
        });
      }
    }
  }
  return rules;
}

/** The options of a radio or select: static values only (the server cannot know options read from variables). */
function readOptions(c: Json, at: string, problems: SchemaProblem[]): string[] {
  if (c.valuesKey !== undefined || c.valuesExpression !== undefined || !Array.isArray(c.values)) {
    problems.push({
      zh: `${at}的选项须在表单中逐项列出（不支持从变量或表达式取选项）`,
      en: `The options of ${at} must be listed in the form (options from a variable or an expression are not supported)`,
    });
    return [];
  }
  const options = c.values.map((v) => (isObject(v) ? v.value : undefined));
  if (options.length === 0 || options.some((o) => typeof o !== 'string' || o === '')) {
    problems.push({
      zh: `${at}的选项值须为非空文字`,
      en: `The option values of ${at} must be non-empty text`,
    });
    return [];
  }
  return options as string[];
}

function readField(c: Json, index: string, problems: SchemaProblem[]): FormField | undefined {
  const type = String(c.type);
  const key = c.key;
  const label = typeof c.label === 'string' && c.label.trim() ? c.label.trim() : undefined;
  const at = `表单字段 ${typeof key === 'string' ? key : index}`;
  if (typeof key !== 'string' || !DESIGNED_FIELD_KEY.test(key)) {
    problems.push({
      zh: `第 ${index} 个表单组件的键 “${String(key ?? '')}” 不合法：应为字母、数字、下划线，不以数字开头，至多 64 个字符`,
      en: `The key '${String(key ?? '')}' of form component ${index} is invalid: use up to 64 letters, digits and underscores, not starting with a digit`,
    });
    return undefined;
  }
  let fieldType = INPUT_TYPES[type];
  const validate = isObject(c.validate) ? c.validate : {};
  const field: FormField = { key, label: label ?? key, type: fieldType, required: validate.required === true };
  if (type === 'datetime') {
    const subtype = c.subtype ?? 'date';
    if (subtype === 'time' || subtype === 'datetime') {
      fieldType = 'string';
      field.type = 'string';
      field.rules = { format: subtype };
    } else if (subtype !== 'date') {
      problems.push({ zh: `${at}的日期类型 “${String(subtype)}” 未知`, en: `Unknown datetime subtype of ${at}` });
    }
    if (!label && typeof c.dateLabel === 'string' && c.dateLabel.trim()) field.label = c.dateLabel.trim();
  }
  if (fieldType === 'enum') field.options = readOptions(c, at, problems);
  const rules = { ...field.rules, ...readRules(c, fieldType, at, problems) };
  if (Object.keys(rules).length > 0) field.rules = rules;
  if (field.required && isObject(c.conditional) && c.conditional.hide !== undefined) {
    field.required = false;
    problems.push({
      warning: true,
      zh: `${at}按条件隐藏：服务端不核对它是否必填`,
      en: `${at} is hidden by a condition: the server does not enforce that it is required`,
    });
  }
  return field;
}

function readComponents(
  components: unknown,
  depth: number,
  prefix: string,
  out: FormField[],
  problems: SchemaProblem[],
) {
  if (!Array.isArray(components)) return;
  components.forEach((c, i) => {
    const index = `${prefix}${i + 1}`;
    if (!isObject(c)) {
      problems.push({ zh: `第 ${index} 个表单组件不是对象`, en: `Form component ${index} is not an object` });
      return;
    }
    const type = String(c.type);
    if (DISPLAY_TYPES.has(type)) return;
    if (type === 'group') {
      if (typeof c.path === 'string' && c.path !== '') {
        problems.push({
          zh: `表单分组 ${index} 设置了数据路径（path），暂不支持：请清空`,
          en: `Form group ${index} has a data path, which is not supported: clear it`,
        });
      } else if (depth >= MAX_GROUP_DEPTH) {
        problems.push({ zh: '表单分组嵌套过深', en: 'Form groups are nested too deeply' });
      } else readComponents(c.components, depth + 1, `${index}.`, out, problems);
      return;
    }
    if (!(type in INPUT_TYPES)) {
      problems.push({
        zh: `表单组件 ${index} 的类型 “${type}” 暂不支持：可用 ${Object.keys(INPUT_TYPES).join('、')}`,
        en: `The type '${type}' of form component ${index} is not supported: use ${Object.keys(INPUT_TYPES).join(', ')}`,
      });
      return;
    }
    const field = readField(c, index, problems);
    if (!field) return;
    if (out.some((f) => f.key === field.key)) {
      problems.push({ zh: `表单字段的键 ${field.key} 重复`, en: `The form field key ${field.key} is used twice` });
      return;
    }
    out.push(field);
  });
}

/** A form-js schema (its JSON text) read as plan fields, with every problem at once. */
export function readFormSchema(json: string): { schema?: Json; fields: FormField[]; problems: SchemaProblem[] } {
  let schema: unknown;
  try {
    schema = JSON.parse(json);
  } catch {
    return { fields: [], problems: [{ zh: '表单定义不是有效的 JSON', en: 'The form definition is not valid JSON' }] };
  }
  if (!isObject(schema) || schema.type !== 'default' || !Array.isArray(schema.components)) {
    return {
      fields: [],
      problems: [{ zh: '表单定义不是 form-js 表单', en: 'The form definition is not a form-js form' }],
    };
  }
  const fields: FormField[] = [];
  const problems: SchemaProblem[] = [];
  readComponents(schema.components, 0, '', fields, problems);
  return { schema, fields, problems };
}

// the e-mail pattern is form-js's own (form-js-viewer Validator); its phone check lists country codes, the server's
// takes any, so nothing the browser accepts is refused here
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const PHONE = /^(\+|00)[1-9]\d{6,20}$/;
const TIME = /^\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/;

/** Digits after the decimal point, also of a number JavaScript writes with an exponent (1e-7). */
function decimals(n: number): number {
  const [mantissa, exponent] = String(n).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

function ruleProblem(field: FormField, value: FormValue): { zh: string; en: string } | undefined {
  const r = field.rules ?? {};
  if (typeof value === 'number') {
    if (r.min !== undefined && value < r.min) return { zh: `不能小于 ${r.min}`, en: `must be at least ${r.min}` };
    if (r.max !== undefined && value > r.max) return { zh: `不能大于 ${r.max}`, en: `must be at most ${r.max}` };
    if (r.decimalDigits !== undefined && decimals(value) > r.decimalDigits)
      return r.decimalDigits === 0
        ? { zh: '应为整数', en: 'must be a whole number' }
        : { zh: `最多 ${r.decimalDigits} 位小数`, en: `may have at most ${r.decimalDigits} decimal digits` };
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const length = [...value.trim()].length;
  if (r.minLength !== undefined && length < r.minLength)
    return { zh: `至少 ${r.minLength} 个字`, en: `needs at least ${r.minLength} characters` };
  if (r.maxLength !== undefined && length > r.maxLength)
    return { zh: `最多 ${r.maxLength} 个字`, en: `may have at most ${r.maxLength} characters` };
  if (r.pattern !== undefined && !new RegExp(r.pattern).test(value))
    return r.patternMessage
      ? { zh: r.patternMessage, en: r.patternMessage }
      : { zh: `格式不符合要求（${r.pattern}）`, en: `must match the pattern ${r.pattern}` };
  if (r.validationType === 'email' && !EMAIL.test(value))
    return { zh: '应为有效的电子邮箱地址', en: 'expected a valid e-mail address' };
  if (r.validationType === 'phone' && !PHONE.test(value))
    return {
      zh: '应为带国际区号的电话号码（如 +8613800138000）',
      en: 'expected an international phone number (e.g. +8613800138000)',
    };
  if (r.format === 'time' && !TIME.test(value)) return { zh: '应为时间（HH:MM）', en: 'expected a time (HH:MM)' };
  if (r.format === 'datetime' && !DATE_TIME.test(value))
    return { zh: '应为日期时间（YYYY-MM-DDTHH:MM）', en: 'expected a date and time (YYYY-MM-DDTHH:MM)' };
  return undefined;
}

/** form-js counts an unticked required checkbox as not filled in. */
const isUnfilled = (field: FormField, value: unknown) =>
  isBlankValue(value) || (field.type === 'boolean' && value === false);

/**
 * Every problem of the values of a designed form: a key it does not have, a value of the wrong type (form-values.ts),
 * a required field left empty, a value breaking its rules. Each names the field, in Chinese (its label) and English
 * (its key). `filled`: keys whose values are held elsewhere and already checked (the workflow sees a submission's
 * keys, not its values).
 */
export function designedFormProblems(
  fields: FormField[],
  values: Record<string, FormValue>,
  filled: readonly string[] = [],
): FormValueProblem[] {
  const problems = formValueProblems(fields, values);
  const wrong = new Set(problems.map((p) => p.key));
  for (const field of fields) {
    const value = values[field.key];
    if (field.required && isUnfilled(field, value) && !filled.includes(field.key)) {
      problems.push({ key: field.key, zh: `${field.label}：必填`, en: `${field.key}: required` });
      continue;
    }
    if (wrong.has(field.key) || isBlankValue(value)) continue;
    const problem = ruleProblem(field, value ?? null);
    if (problem)
      problems.push({ key: field.key, zh: `${field.label}：${problem.zh}`, en: `${field.key}: ${problem.en}` });
  }
  return problems;
}
