import { z } from 'zod';
import { listQuery, orderField, skipTake } from '../../../api/shared/list-query';

const schema = listQuery({ q: z.string().optional(), kind: z.enum(['A', 'B']).optional() });

describe('listQuery', () => {
  it('defaults page 1 and 25 per page', () => {
    expect(schema.parse({})).toEqual({ page: 1, perPage: 25 });
  });

  it("merges the console's JSON filter under the plain parameters", () => {
    expect(schema.parse({ filter: JSON.stringify({ q: 'low', kind: 'A' }), kind: 'B', page: '2' })).toEqual({
      q: 'low',
      kind: 'B',
      page: 2,
      perPage: 25,
    });
  });

  it('rejects a filter that is not a JSON object, and more than 100 per page, with Chinese messages', () => {
    const bad = schema.safeParse({ filter: '[1', perPage: '500' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toEqual(expect.arrayContaining(['filter 参数应为 JSON 对象']));
    expect(schema.safeParse({ perPage: '500' }).error!.issues[0].message).toBe('每页最多 100 条');
  });

  it('accepts lower-case order and falls back to the default sort for unknown fields', () => {
    const q = schema.parse({ sort: 'id', order: 'desc' });
    expect(orderField(q, ['code', 'name'], 'code')).toEqual({ field: 'code', direction: 'desc' });
    expect(orderField(schema.parse({ sort: 'name' }), ['code', 'name'], 'code', 'DESC')).toEqual({
      field: 'name',
      direction: 'asc',
    });
    expect(orderField(schema.parse({}), ['code'], 'code', 'DESC')).toEqual({ field: 'code', direction: 'desc' });
    expect(skipTake({ page: 3, perPage: 10 })).toEqual({ skip: 20, take: 10 });
  });
});
