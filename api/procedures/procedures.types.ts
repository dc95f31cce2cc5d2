import { z } from 'zod';

const MAX_XML = 2 * 1024 * 1024;
export const ZProcedureKey = z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, '流程标识须为小写字母开头的字母、数字或连字符');
export const ZBpmnXml = z.string().min(1, 'BPMN 内容不能为空').max(MAX_XML, 'BPMN 内容超过 2 MB');

export const ZCreateProcedureSchema = z.object({ key: ZProcedureKey, name: z.string().trim().min(1).max(100), draftXml: ZBpmnXml.optional() });
export const ZSaveDraftSchema = z.object({ name: z.string().trim().min(1).max(100).optional(), draftXml: ZBpmnXml });
export const ZValidateSchema = z.object({ xml: ZBpmnXml });
export const ZIdParam = z.object({ id: z.uuid('无效的编号') });
export const ZVersionParam = ZIdParam.extend({ version: z.coerce.number().int().positive() });

export type TCreateProcedure = z.infer<typeof ZCreateProcedureSchema>;
export type TSaveDraft = z.infer<typeof ZSaveDraftSchema>;
