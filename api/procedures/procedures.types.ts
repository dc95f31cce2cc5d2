import { z } from 'zod';
import { zLine, zMultiline } from '../shared/text';

const MAX_XML = 2 * 1024 * 1024;
export const ZProcedureKey = z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, '流程标识须为小写字母开头的字母、数字或连字符');
export const ZBpmnXml = zMultiline().min(1, 'BPMN 内容不能为空').max(MAX_XML, 'BPMN 内容超过 2 MB');

export const ZCreateProcedureSchema = z.object({
  key: ZProcedureKey,
  name: zLine().min(1).max(100),
  draftXml: ZBpmnXml.optional(),
});
export const ZSaveDraftSchema = z.object({ name: zLine().min(1).max(100).optional(), draftXml: ZBpmnXml });
export const ZValidateSchema = z.object({ xml: ZBpmnXml });
export const ZPublishSchema = z.object({
  /** what changed, in the designer's words; the console always asks for one */
  changeNote: zMultiline().min(1, '变更说明不能为空').max(500, '变更说明不能超过 500 字').optional(),
});
export const ZIdParam = z.object({ id: z.uuid('无效的编号') });
export const ZVersionParam = ZIdParam.extend({
  // a version is a PostgreSQL integer: a larger number is no version rather than an overflow in the query
  version: z.coerce.number().int('版本号应为整数').positive('版本号从 1 开始').max(2_147_483_647, '版本号过大'),
});

export type TCreateProcedure = z.infer<typeof ZCreateProcedureSchema>;
export type TSaveDraft = z.infer<typeof ZSaveDraftSchema>;
export type TPublish = z.infer<typeof ZPublishSchema>;

const ZProblem = z.object({
  elementId: z.string(),
  elementType: z.string(),
  code: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
});
const ZVersionSummary = z.object({
  id: z.string(),
  version: z.number(),
  publishedAt: z.date(),
  publishedById: z.string().nullable(),
  changeNote: z.string().nullable(),
});
export const ZProcedureSummary = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  updatedAt: z.date(),
  latestVersion: z.number().nullable(),
  publishedAt: z.date().nullable(),
});
export const ZProcedureList = z.object({ data: z.array(ZProcedureSummary), total: z.number() });
export const ZProcedureDetail = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  draftXml: z.string(),
  updatedAt: z.date(),
  versions: z.array(ZVersionSummary),
});
export const ZSaveDraftResult = z.object({
  procedure: ZProcedureDetail.omit({ versions: true }),
  problems: z.array(ZProblem),
  warnings: z.array(ZProblem),
});
/** `unchanged`: the draft was that version already, so none was made */
export const ZPublishResult = z.object({
  id: z.string(),
  version: z.number(),
  publishedAt: z.date(),
  unchanged: z.boolean(),
  warnings: z.array(ZProblem),
});
export const ZVersionDetail = z.object({
  id: z.string(),
  version: z.number(),
  xml: z.string(),
  plan: z.unknown(),
  publishedAt: z.date(),
  changeNote: z.string().nullable(),
});
const ZDiffElement = z.object({ id: z.string(), name: z.string().optional(), type: z.string() });
/** The draft against the latest version (`baseVersion`, null before the first): what publishing it would change. */
export const ZDraftChanges = z.object({
  baseVersion: z.number().nullable(),
  /** the draft is that version's XML exactly: publishing makes no new version */
  unchanged: z.boolean(),
  added: z.array(ZDiffElement),
  removed: z.array(ZDiffElement),
  changed: z.array(ZDiffElement),
});
export const ZCompileResult = z.union([
  z.object({ ok: z.literal(true), plan: z.unknown(), warnings: z.array(ZProblem) }),
  z.object({ ok: z.literal(false), problems: z.array(ZProblem) }),
]);
