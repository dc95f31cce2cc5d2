import { z } from 'zod';
import { zLine } from './text';

/**
 * The codes of the catalogue and the organisation, one schema each, shared by the routes that create them and those
 * that look them up: a code that could never have been created is refused as input, not searched for.
 */
export const ZDepartmentCode = z
  .string('部门编码应为大写字母')
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,29}$/, '部门编码应为大写字母');

export const ZItemCode = z
  .string('请填写事项编码')
  .trim()
  .regex(/^[A-Z][A-Z0-9-]{1,29}$/, '事项编码应为大写字母、数字或连字符，如 MZ-001');

export const ZMaterialCode = z
  .string('请填写材料编码')
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{0,49}$/, '材料编码应为大写字母、数字或下划线');

/** A window's code (W01); windows come with the organisation's data, so any one-line code up to 20 characters. */
export const ZWindowCode = zLine().min(1, '请选择受理窗口').max(20, '受理窗口编码不能超过 20 个字符');

/** A BPMN element id (an XML NCName in practice), as the plan names steps, e.g. a 退回 target. */
export const ZNodeId = zLine().min(1, '请选择环节').max(200, '环节编号不能超过 200 个字符');

/** The key a client sends so a retried write applies once (an intake, a bundle, a staged upload). */
export const ZIdempotencyKey = zLine().min(8, '缺少幂等键').max(100, '幂等键不能超过 100 个字符');
