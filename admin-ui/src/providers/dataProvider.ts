import type { DataProvider } from 'react-admin';
import { apiFetch } from './http';
import { toQueryString } from '../shared/query';

/** REST conventions of the OneWindow API: GET /api/<resource>?page&perPage&sort&order&<filter fields> → { data, total }. */
export const dataProvider: DataProvider = {
  async getList(resource, { pagination, sort, filter }) {
    const q = new URLSearchParams({
      page: String(pagination?.page ?? 1),
      perPage: String(pagination?.perPage ?? 25),
      ...(sort ? { sort: sort.field, order: sort.order } : {}),
    });
    // the contract's filters are plain query parameters (?q=&status=…)
    const filters = toQueryString(filter);
    return apiFetch(`/${resource}?${q}${filters ? `&${filters}` : ''}`);
  },
  async getOne(resource, { id }) {
    return { data: await apiFetch(`/${resource}/${encodeURIComponent(String(id))}`) };
  },
  async getMany(resource, { ids }) {
    const data = await Promise.all(ids.map((id) => apiFetch(`/${resource}/${encodeURIComponent(String(id))}`)));
    return { data: data as never[] };
  },
  async getManyReference(resource, { target, id, pagination, sort, filter }) {
    return dataProvider.getList(resource, { pagination, sort, filter: { ...filter, [target]: id } });
  },
  async create(resource, { data }) {
    return { data: await apiFetch(`/${resource}`, { method: 'POST', body: JSON.stringify(data) }) };
  },
  async update(resource, { id, data }) {
    return {
      data: await apiFetch(`/${resource}/${encodeURIComponent(String(id))}`, {
        method: 'PUT',
        body: JSON.stringify(data),
      }),
    };
  },
  async updateMany(resource, { ids, data }) {
    await Promise.all(ids.map((id) => dataProvider.update(resource, { id, data, previousData: {} })));
    return { data: ids };
  },
  async delete(resource, { id }) {
    return { data: await apiFetch(`/${resource}/${encodeURIComponent(String(id))}`, { method: 'DELETE' }) };
  },
  async deleteMany(resource, { ids }) {
    await Promise.all(ids.map((id) => dataProvider.delete(resource, { id })));
    return { data: ids };
  },
};
