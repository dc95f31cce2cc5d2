import { z } from 'zod';

/** A China civil date as the API takes it in a body or a query: YYYY-MM-DD. */
export const ZChinaDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
