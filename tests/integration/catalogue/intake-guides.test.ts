import { randomUUID } from 'node:crypto';
import { testDb } from '../../support/db';
import { applicant, as, waitFor } from '../../support/matters';
import { unheardNotices } from '../../support/unheard-notices';
import { createAuditService } from '../../../api/audit/audit.service';
import type { CurrentUser } from '../../../api/auth/auth.types';
import { createCatalogueService } from '../../../api/catalogue/catalogue.service';
import { ZCreateItemSchema, ZUpdateItemSchema } from '../../../api/catalogue/catalogue.types';
import { createIntakeGuides } from '../../../api/catalogue/intake-guides';
import { createProceduresService } from '../../../api/procedures/procedures.service';
import { standardTemplate } from '../../../api/procedures/standard-template';

/**
 * The API caches each item's guide for intake (api/catalogue/intake-guides.ts). Whatever changes an item — the
 * console, or another API instance or tool writing the database — the next intakes check against the new guide.
 */
const db = testDb();
afterAll(() => db.$disconnect());

const CODE = 'TS-GUIDE';
const intake = async (providedMaterials: string[]) =>
  (await as('clerk')).post('/matters/intake', {
    idempotencyKey: randomUUID(),
    itemCode: CODE,
    applicant: applicant(),
    providedMaterials,
    decision: 'ACCEPT',
  });

test('an intake checks against the guide as it is now, however it was changed', async () => {
  const admin = await as('admin');
  const created = await admin.post('/items', {
    code: CODE,
    name: '测试事项（办事指南缓存）',
    kind: 'PROMISED',
    leadDepartmentCode: 'MINZHENG',
    legalBasis: '测试依据',
    conditions: '测试条件',
    promisedDays: 5,
    statutoryDays: 10,
    deliveryMethods: ['ONSITE'],
    procedureKey: 'promised',
    materials: [{ code: 'APPLICATION', name: '申请书' }],
  });
  expect(created.status).toBe(201);
  expect((await intake(['APPLICATION'])).status).toBe(201);

  // through the console: a second required material
  expect(
    (
      await admin.put(`/items/${CODE}`, {
        materials: [
          { code: 'APPLICATION', name: '申请书' },
          { code: 'PHOTO', name: '照片' },
        ],
      })
    ).status,
  ).toBe(200);
  const short = await intake(['APPLICATION']);
  expect(short.status).toBe(400);
  expect(short.body.error.message).toContain('照片');
  const full = await intake(['APPLICATION', 'PHOTO']);
  expect(full.status).toBe(201);
  const row = await db.matter.findUniqueOrThrow({ where: { id: full.body.matter.id } });
  expect((row.materials as Array<{ code: string }>).map((m) => m.code)).toEqual(['APPLICATION', 'PHOTO']);

  // straight in the database, as another API instance would: the API hears of it and drops what it cached
  const item = await db.serviceItem.findUniqueOrThrow({ where: { code: CODE } });
  await db.material.update({ where: { itemId_code: { itemId: item.id, code: 'PHOTO' } }, data: { required: false } });
  await waitFor('the optional photo to be optional', async () => (await intake(['APPLICATION'])).status === 201, 5_000);
  await db.serviceItem.update({ where: { code: CODE }, data: { active: false } });
  await waitFor('the inactive item to be refused', async () => (await intake(['APPLICATION'])).status === 404, 5_000);
});

test('the API instance that publishes a version or writes an item checks its next intake against it before the notice comes', async () => {
  const notices = unheardNotices();
  const guides = createIntakeGuides({ db, notices });
  const audit = createAuditService(db);
  const procedures = createProceduresService({ db, audit, standardTemplate, notices });
  const catalogue = createCatalogueService({ db, audit, notices });
  const row = await db.user.findUniqueOrThrow({ where: { username: 'admin' } });
  const admin = { id: row.id, username: row.username } as CurrentUser;
  const suffix = randomUUID().slice(0, 8).toUpperCase();
  const code = `TS-OWN-${suffix}`;

  expect(await guides.get(code)).toBeUndefined();
  const procedure = await procedures.create({ key: `ts-own-${suffix.toLowerCase()}`, name: '本实例写入' }, admin);
  const first = await procedures.publish(procedure.id, {}, admin);
  await catalogue.create(
    ZCreateItemSchema.parse({
      code,
      name: '测试事项（本实例写入）',
      kind: 'PROMISED',
      leadDepartmentCode: 'MINZHENG',
      legalBasis: '测试依据',
      conditions: '测试条件',
      promisedDays: 5,
      statutoryDays: 10,
      deliveryMethods: ['ONSITE'],
      procedureKey: procedure.key,
      materials: [{ code: 'APPLICATION', name: '申请书' }],
    }),
    admin,
  );
  expect((await guides.get(code))?.version?.id).toBe(first.id);

  await procedures.saveDraft(
    procedure.id,
    { draftXml: standardTemplate().replace('name="现场勘察"', 'name="现场核查"') },
    admin,
  );
  const second = await procedures.publish(procedure.id, {}, admin);
  expect(second.version).toBe(2);
  expect((await guides.get(code))?.version?.id).toBe(second.id);

  await catalogue.update(
    code,
    ZUpdateItemSchema.parse({
      materials: [
        { code: 'APPLICATION', name: '申请书' },
        { code: 'PHOTO', name: '照片' },
      ],
    }),
    admin,
  );
  expect((await guides.get(code))?.item.materials.map((m) => m.code)).toEqual(['APPLICATION', 'PHOTO']);
});
