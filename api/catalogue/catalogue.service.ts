import { Prisma, type ServiceItem } from '../../generated/prisma/client';
import { runSql, type Db } from '../../platform/db';
import type { CurrentUser } from '../auth/auth.types';
import type { AuditService } from '../audit/audit.service';
import type { ChangeNotices } from '../../platform/change-notices';
import { AppError, notFound } from '../errors';
import { orderField, skipTake } from '../shared/list-query';
import { likeEscaped } from '../shared/search-term';
import type { TCreateItem, TItemListQuery, TUpdateItem } from './catalogue.types';

type ItemRecord = Prisma.ServiceItemGetPayload<{ include: { materials: true } }>;
type MaterialInput = NonNullable<TUpdateItem['materials']>[number];

const SORTABLE = ['code', 'name', 'kind', 'leadDepartmentCode', 'promisedDays', 'statutoryDays', 'active'] as const;

// The response schema keeps only the contract's fields; the internal uuid gives way to the code as `id`.
const toRow = (item: ServiceItem) => ({ ...item, id: item.code, feeText: item.fees });

// The schema has no `copies` column: every material is one copy unless its note says otherwise.
const toMaterial = (m: ItemRecord['materials'][number]) => ({
  code: m.code,
  name: m.name,
  required: m.required,
  deficiencyAllowed: m.deficiencyAllowed,
  copies: 1,
  note: m.note,
  sample: m.sample,
});

const materialRows = (materials: MaterialInput[]) =>
  materials.map((m, sort) => ({
    code: m.code,
    name: m.name,
    required: m.required,
    deficiencyAllowed: m.deficiencyAllowed,
    note: m.note ?? null,
    sample: m.sample ?? null,
    sort,
  }));

/**
 * Items a search finds: a name holding the query's characters in order, so the short names people use find the
 * item (低保 → 最低生活保障申请, 残疾证 → 残疾人证核发), or a code or English name containing it.
 */
export async function itemIdsMatching(db: Db, q: string): Promise<string[]> {
  const inOrder = `%${[...q].map(likeEscaped).join('%')}%`;
  const contains = `%${likeEscaped(q)}%`;
  const rows = await runSql<{ id: string }>(
    db,
    Prisma.sql`
    SELECT id FROM "ServiceItem" WHERE name ILIKE ${inOrder} OR code ILIKE ${contains} OR "nameEn" ILIKE ${contains}`,
  );
  return rows.map((r) => r.id);
}

const invalid = (field: string, zh: string, en: string) =>
  new AppError('VALIDATION', zh, en, [{ path: field, message: zh }]);

interface Deps {
  db: Db;
  audit: AuditService;
  notices: Pick<ChangeNotices, 'wrote'>;
}

/** What an item's create or edit writes (the intake guides are read from them) */
const ITEM_TABLES = ['ServiceItem', 'Material'];

export function createCatalogueService(deps: Deps) {
  const { db, audit, notices } = deps;

  async function find(code: string): Promise<ItemRecord> {
    const item = await db.serviceItem.findUnique({
      where: { code },
      include: { materials: { orderBy: [{ sort: 'asc' }, { code: 'asc' }] } },
    });
    if (!item) throw notFound(`事项 ${code} `, `Service item ${code}`);
    return item;
  }

  /** Rules zod cannot see alone: limits against each other, departments and procedure that must exist. */
  async function checkReferences(item: {
    leadDepartmentCode: string;
    coDepartmentCodes: string[];
    promisedDays: number;
    statutoryDays: number;
    procedureKey: string;
  }) {
    if (item.promisedDays > item.statutoryDays) {
      throw invalid('promisedDays', '承诺时限不能超过法定时限', 'The promised limit cannot exceed the statutory limit');
    }
    if (item.coDepartmentCodes.includes(item.leadDepartmentCode)) {
      throw invalid(
        'coDepartmentCodes',
        '协办部门不能包含牵头部门',
        'Co-departments cannot include the lead department',
      );
    }
    const codes = [...new Set([item.leadDepartmentCode, ...item.coDepartmentCodes])];
    const known = await db.department.findMany({
      where: { code: { in: codes }, active: true },
      select: { code: true },
    });
    const unknown = codes.filter((c) => !known.some((k) => k.code === c));
    if (unknown.length)
      throw invalid(
        'leadDepartmentCode',
        `部门不存在或已停用：${unknown.join('、')}`,
        `Unknown or inactive departments: ${unknown.join(', ')}`,
      );
    if (!(await db.procedure.findUnique({ where: { key: item.procedureKey }, select: { id: true } }))) {
      throw invalid(
        'procedureKey',
        `办理流程 ${item.procedureKey} 不存在`,
        `Procedure ${item.procedureKey} does not exist`,
      );
    }
  }

  async function detail(code: string) {
    const item = await find(code);
    const departments = await db.department.findMany({
      where: { code: { in: [item.leadDepartmentCode, ...item.coDepartmentCodes] } },
    });
    return {
      ...toRow(item),
      materials: item.materials.map(toMaterial),
      departmentNames: Object.fromEntries(departments.map((d) => [d.code, d.name])),
    };
  }

  return {
    async list(query: TItemListQuery) {
      const where: Prisma.ServiceItemWhereInput = {
        AND: [
          query.q ? { id: { in: await itemIdsMatching(db, query.q) } } : {},
          query.departmentCode
            ? {
                OR: [
                  { leadDepartmentCode: query.departmentCode },
                  { coDepartmentCodes: { has: query.departmentCode } },
                ],
              }
            : {},
          query.kind ? { kind: query.kind } : {},
          query.active !== undefined ? { active: query.active } : {},
        ],
      };
      const { field, direction } = orderField(query, SORTABLE, 'code');
      const [rows, total] = await Promise.all([
        db.serviceItem.findMany({ where, orderBy: [{ [field]: direction }, { code: 'asc' }], ...skipTake(query) }),
        db.serviceItem.count({ where }),
      ]);
      return { data: rows.map(toRow), total };
    },

    detail,

    async create(input: TCreateItem, user: CurrentUser) {
      await checkReferences(input);
      if (await db.serviceItem.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw new AppError('CONFLICT', `事项编码 ${input.code} 已存在`, `Service item ${input.code} already exists`);
      }
      const { materials, feeText, ...fields } = input;
      await db.serviceItem.create({
        data: { ...fields, fees: feeText, materials: { create: materialRows(materials) } },
      });
      notices.wrote(ITEM_TABLES);
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'item.create',
        objectType: 'ServiceItem',
        objectId: input.code,
      });
      return detail(input.code);
    },

    async update(code: string, input: TUpdateItem, user: CurrentUser) {
      const existing = await find(code);
      await checkReferences({
        leadDepartmentCode: input.leadDepartmentCode ?? existing.leadDepartmentCode,
        coDepartmentCodes: input.coDepartmentCodes ?? existing.coDepartmentCodes,
        promisedDays: input.promisedDays ?? existing.promisedDays,
        statutoryDays: input.statutoryDays ?? existing.statutoryDays,
        procedureKey: input.procedureKey ?? existing.procedureKey,
      });
      const { materials, feeText, ...fields } = input;
      // Matters copy their materials at intake, so replacing the item's list never changes a running matter.
      await db.$transaction(async (tx) => {
        await tx.serviceItem.update({
          where: { code },
          data: { ...fields, ...(feeText !== undefined ? { fees: feeText } : {}) },
        });
        if (materials) {
          await tx.material.deleteMany({ where: { itemId: existing.id } });
          await tx.material.createMany({ data: materialRows(materials).map((m) => ({ ...m, itemId: existing.id })) });
        }
      });
      notices.wrote(ITEM_TABLES);
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'item.update',
        objectType: 'ServiceItem',
        objectId: code,
        detail: { fields: Object.keys(input) },
      });
      return detail(code);
    },
  };
}
export type CatalogueService = ReturnType<typeof createCatalogueService>;
