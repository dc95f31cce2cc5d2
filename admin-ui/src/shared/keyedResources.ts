import type { DataProvider, GetListResult, Identifier, RaRecord } from 'react-admin';
import { apiFetch } from '../providers/http';
import { withQuery } from './query';

/**
 * A resource whose API differs from the plain convention: another path, a natural key instead of `id`
 * (items by `code`, audit entries by `seq`), or a list answered as a bare array (GET /departments).
 */
export interface KeyedResource {
  path: string;
  idOf: (row: Record<string, unknown>) => Identifier;
}

type Row = Record<string, unknown>;
type ListAnswer = Row[] | { data: Row[]; total?: number };

const withId =
  (spec: KeyedResource) =>
  (row: Row): RaRecord => ({ ...row, id: spec.idOf(row) });

/** A bare array is paged, sorted and searched here so the list still behaves. */
function pageLocally(
  rows: RaRecord[],
  page: number,
  perPage: number,
  sort?: { field: string; order: string },
): GetListResult {
  const sorted = sort?.field
    ? [...rows].sort(
        (a, b) =>
          String(a[sort.field] ?? '').localeCompare(String(b[sort.field] ?? ''), 'zh-CN') *
          (sort.order === 'DESC' ? -1 : 1),
      )
    : rows;
  return { data: sorted.slice((page - 1) * perPage, page * perPage), total: rows.length };
}

export function withKeyedResources(base: DataProvider, resources: Record<string, KeyedResource>): DataProvider {
  const spec = (resource: string) => resources[resource];
  const one = (s: KeyedResource, id: Identifier) => `${s.path}/${encodeURIComponent(String(id))}`;
  return {
    ...base,
    async getList(resource, params) {
      const s = spec(resource);
      if (!s) return base.getList(resource, params);
      const page = params.pagination?.page ?? 1;
      const perPage = params.pagination?.perPage ?? 25;
      const answer = await apiFetch<ListAnswer>(
        withQuery(s.path, {
          page,
          perPage,
          ...(params.sort?.field ? { sort: params.sort.field, order: params.sort.order } : {}),
          ...params.filter,
        }),
      );
      if (Array.isArray(answer)) return pageLocally(answer.map(withId(s)), page, perPage, params.sort);
      return { data: answer.data.map(withId(s)), total: answer.total ?? answer.data.length };
    },
    async getOne(resource, params) {
      const s = spec(resource);
      if (!s) return base.getOne(resource, params);
      return { data: withId(s)(await apiFetch<Row>(one(s, params.id))) as never };
    },
    async getMany(resource, params) {
      const s = spec(resource);
      if (!s) return base.getMany(resource, params);
      const rows = await Promise.all(params.ids.map((id) => apiFetch<Row>(one(s, id))));
      return { data: rows.map(withId(s)) as never[] };
    },
    async create(resource, params) {
      const s = spec(resource);
      if (!s) return base.create(resource, params);
      return {
        data: withId(s)(await apiFetch<Row>(s.path, { method: 'POST', body: JSON.stringify(params.data) })) as never,
      };
    },
    async update(resource, params) {
      const s = spec(resource);
      if (!s) return base.update(resource, params);
      const answer = await apiFetch<Row | null>(one(s, params.id), {
        method: 'PUT',
        body: JSON.stringify(params.data),
      });
      return { data: withId(s)({ ...params.previousData, ...params.data, ...(answer ?? {}) }) as never };
    },
  };
}
