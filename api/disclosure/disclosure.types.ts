import { z } from 'zod';
import { isQuarterName } from '../../domain/quarters';
import { listQuery } from '../shared/list-query';
import { ZPublicBoardPerson } from '../staff-board/staff-board.types';

const line = (label: string, max: number) =>
  z.string(`${label}应为文字`).trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 字`);
const lines = (label: string) =>
  z.array(line(label, 200), `${label}应为列表`).min(1, `请至少填写一条${label}`).max(30, `${label}不能超过 30 条`);

export const ZCentreProfileInput = z.object({
  name: line('中心名称', 100),
  address: line('地址', 200),
  hours: line('办公时间', 200),
  phone: line('咨询电话', 40),
  complaintPhone: line('投诉电话', 40),
  discipline: lines('服务纪律'),
  commitments: lines('服务承诺'),
});
export type TCentreProfileInput = z.infer<typeof ZCentreProfileInput>;
export const ZCentreProfile = ZCentreProfileInput.extend({ updatedAt: z.date().nullable() });

/** an image as a data URL, e.g. data:image/jpeg;base64,… (checked against its bytes by the service) */
const ZPhoto = z
  .string('照片应为图片数据')
  .max(1_400_000, '照片不能超过 1 MB')
  .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+=*$/, '照片应为 JPEG、PNG 或 WebP 图片');

export const ZAgentProfileInput = z.object({
  phone: z
    .string('请填写联系电话')
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '联系电话应为 11 位手机号或带区号的固定电话'),
  note: z.string('服务说明应为文字').trim().max(200, '服务说明不能超过 200 字').nullish(),
  /** a new photo; null removes it; absent keeps the one there is */
  photo: ZPhoto.nullish(),
});
export type TAgentProfileInput = z.infer<typeof ZAgentProfileInput>;
export const ZUserIdParam = z.object({ userId: z.uuid('无效的用户编号') });

export const ZAgentCard = z.object({
  id: z.string(),
  name: z.string(),
  stationName: z.string().nullable(),
  village: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  hasPhoto: z.boolean(),
});
export const ZAgentCards = z.array(ZAgentCard);

const ZFeeLine = z.object({
  code: z.string(),
  name: z.string(),
  amountFen: z.number().int(),
  unit: z.string(),
  basis: z.string(),
});
export const ZItemFees = z.object({
  /** no fee lines: 不收费 */
  free: z.boolean(),
  lines: z.array(ZFeeLine),
});

export const ZGuideQuery = z.object({ q: z.string().trim().max(50, '搜索词不能超过 50 字').optional() });
export const ZItemCodeParam = z.object({ code: z.string().trim().max(30, '事项编码过长') });

export const ZPublicItem = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  departmentName: z.string(),
  promisedDays: z.number(),
  statutoryDays: z.number(),
  fees: ZItemFees,
});

const ZPublicCentre = ZCentreProfileInput.pick({
  name: true,
  address: true,
  hours: true,
  phone: true,
  complaintPhone: true,
});
export const ZPublicCatalogue = z.object({ centre: ZPublicCentre, items: z.array(ZPublicItem) });

export const ZPublicGuide = ZPublicItem.extend({
  legalBasis: z.string(),
  conditions: z.string(),
  deliveryMethods: z.array(z.string()),
  coDepartmentNames: z.array(z.string()),
  materials: z.array(
    z.object({
      name: z.string(),
      required: z.boolean(),
      deferrable: z.boolean(),
      note: z.string().nullable(),
      sample: z.string().nullable(),
    }),
  ),
  centre: ZPublicCentre,
  /** where to apply: the comprehensive windows and the village stations (through their agents) */
  windows: z.array(z.string()),
  stations: z.array(z.string()),
});

export const ZResultsQuery = listQuery({
  quarter: z.string().refine(isQuarterName, '季度格式应为 YYYY-Qn，如 2026-Q4').optional(),
});
export type TResultsQuery = z.infer<typeof ZResultsQuery>;

/**
 * How a matter ended, as the 办结公告 publishes it. 撤件 is listed too, so no accepted matter leaves the public record
 * silently (a withdrawal urged on an applicant to keep a matter off the overdue figures would still show).
 */
export const RESULT_KINDS = ['COMPLETED', 'REJECTED', 'REPORTED_UP', 'WITHDRAWN', 'TERMINATED'] as const;
export const ZResultRow = z.object({
  receiptNo: z.string(),
  itemName: z.string(),
  result: z.enum(RESULT_KINDS),
  /** the China date the matter ended */
  date: z.string(),
});
export const ZResultsNotice = z.object({
  quarter: z.string(),
  from: z.string(),
  to: z.string(),
  /** the quarters a reader may pick, newest first (the notice rolls each quarter) */
  quarters: z.array(z.string()),
  data: z.array(ZResultRow),
  total: z.number(),
});

export const ZHallBoard = z.object({
  generatedAt: z.date(),
  today: z.string(),
  centre: ZCentreProfileInput.pick({
    name: true,
    hours: true,
    phone: true,
    complaintPhone: true,
    discipline: true,
    commitments: true,
  }),
  figures: z.object({
    acceptedToday: z.number(),
    completedToday: z.number(),
    inProgress: z.number(),
    overdue: z.number(),
  }),
  fees: z.array(
    z.object({
      itemCode: z.string(),
      itemName: z.string(),
      lines: z.array(z.object({ name: z.string(), amountFen: z.number(), unit: z.string(), basis: z.string() })),
    }),
  ),
  latestResults: z.array(ZResultRow),
  staff: z.array(ZPublicBoardPerson),
});
