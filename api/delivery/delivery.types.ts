import { z } from 'zod';
import { CARRIER_CODES } from '../../domain/delivery';

export const ZWaybill = z.object({
  carrier: z.enum(CARRIER_CODES, '请选择快递公司'),
  trackingNo: z.string('请填写邮寄单号').trim().min(1, '请填写邮寄单号').max(40, '邮寄单号过长'),
});
export type TWaybill = z.infer<typeof ZWaybill>;

export const ZWaybillResult = z.object({ carrier: z.string(), trackingNo: z.string() });
