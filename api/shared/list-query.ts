import { z } from 'zod';
import { zLine } from './text';

/**
 * List conventions of the contract: `page` (1-based), `perPage` (≤ 100), `sort`, `order`. The console's
 * dataProvider also sends its filters as one JSON `filter` parameter; those are merged under the plain ones.
 */
function mergeFilterParam(raw: unknown, ctx: z.core.$RefinementCtx<unknown>): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const { filter, ...plain } = raw as Record<string, unknown>;
  if (filter === undefined) return plain;
  let parsed: unknown;
  try {
    parsed = typeof filter === 'string' ? JSON.parse(filter) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    ctx.addIssue({ code: 'custom', path: ['filter'], message: 'filter 参数应为 JSON 对象' });
    return plain;
  }
  const fromFilter: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value !== null && value !== undefined && value !== '' && typeof value !== 'object')
      fromFilter[key] = String(value);
  }
  return { ...fromFilter, ...plain };
}

const paging = {
  // bounded so that the rows skipped stay a PostgreSQL integer (100 per page × 1,000,000 pages)
  page: z.coerce.number().int('页码应为整数').min(1, '页码从 1 开始').max(1_000_000, '页码过大').default(1),
  perPage: z.coerce.number().int('每页条数应为整数').min(1, '每页至少 1 条').max(100, '每页最多 100 条').default(25),
  // Unknown sort fields fall back to the list's default (see orderField), so the console's default `id` is fine.
  sort: zLine().max(50).optional(),
  order: z
    .string()
    .toUpperCase()
    .pipe(z.enum(['ASC', 'DESC'], '排序方向应为 ASC 或 DESC'))
    .optional(),
};

export function listQuery<S extends z.ZodRawShape>(filters: S) {
  return z.preprocess(mergeFilterParam, z.object({ ...filters, ...paging }));
}

export type TPaging = { page: number; perPage: number; sort?: string; order?: 'ASC' | 'DESC' };

export const skipTake = (q: TPaging) => ({ skip: (q.page - 1) * q.perPage, take: q.perPage });

/** The sort field if the list allows it, else the default; with the order in Prisma's spelling. */
export function orderField<F extends string>(
  q: TPaging,
  allowed: readonly F[],
  fallback: F,
  fallbackOrder: 'ASC' | 'DESC' = 'ASC',
) {
  const field = (allowed as readonly string[]).includes(q.sort ?? '') ? (q.sort as F) : fallback;
  const order = q.sort && field === q.sort ? (q.order ?? 'ASC') : (q.order ?? fallbackOrder);
  return { field, direction: order === 'ASC' ? ('asc' as const) : ('desc' as const) };
}

export const ZBoolParam = z.union([
  z.boolean(),
  z.enum(['true', 'false', '1', '0'], '应为 true 或 false').transform((v) => v === 'true' || v === '1'),
]);

export const listOf = <T extends z.ZodType>(row: T) => z.object({ data: z.array(row), total: z.number() });

/** Prisma's orderBy for one field; `nulls` is only allowed on nullable columns, where empty values go last. */
export const orderBy = (field: string, direction: 'asc' | 'desc', nullable: readonly string[] = []) => ({
  [field]: nullable.includes(field) ? { sort: direction, nulls: 'last' as const } : direction,
});
