import { ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';

const newItem = (code: string) => ({
  code,
  name: '测试事项（目录）',
  kind: 'PROMISED',
  leadDepartmentCode: 'MINZHENG',
  coDepartmentCodes: ['CANLIAN'],
  legalBasis: '《测试条例》第一条',
  conditions: '本地户籍居民',
  promisedDays: 5,
  statutoryDays: 10,
  deliveryMethods: ['ONSITE'],
  procedureKey: 'promised',
  materials: [
    { code: 'APPLICATION', name: '申请书' },
    { code: 'PHOTO', name: '照片', required: false, deficiencyAllowed: true, note: '两张' },
  ],
});

describe('catalogue', () => {
  const db = testDb();
  afterAll(() => db.$disconnect());

  it('answers 401 without a session on every route', async () => {
    const anonymous = new ApiClient();
    for (const [method, path] of [
      ['GET', '/items'],
      ['GET', '/items/MZ-001'],
      ['POST', '/items'],
      ['PUT', '/items/MZ-001'],
    ]) {
      expect((await anonymous.request(method, path, method === 'GET' ? undefined : {})).status).toBe(401);
    }
  });

  it('lists items by name or code, by lead or co-department, and by kind', async () => {
    const clerk = await as('clerk');
    const byName = await clerk.get(`/items?q=${encodeURIComponent('生活保障')}`);
    expect(byName.status).toBe(200);
    expect(byName.body.data.map((i: { code: string }) => i.code)).toContain('MZ-001');
    // the short names people use: the query's characters in order
    const search = async (q: string) =>
      (await clerk.get(`/items?q=${encodeURIComponent(q)}`)).body.data.map((i: { code: string }) => i.code);
    expect(await search('低保')).toEqual(['MZ-001']);
    expect(await search('残疾证')).toContain('CL-001');
    expect(await search('dibao')).toEqual(['MZ-001']);
    // LIKE's wildcards are text: nothing is named with them
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
    const byCode = await clerk.get('/items?q=mz-00');
    expect(byCode.body.data.every((i: { code: string }) => i.code.startsWith('MZ-00'))).toBe(true);

    const co = await clerk.get('/items?departmentCode=NONGYE&perPage=100');
    const codes = co.body.data.map((i: { code: string }) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['ZR-001', 'ZJ-001']));
    for (const item of co.body.data) expect([item.leadDepartmentCode, ...item.coDepartmentCodes]).toContain('NONGYE');

    const immediate = await clerk.get('/items?kind=IMMEDIATE');
    expect(immediate.body.total).toBeGreaterThan(0);
    expect(immediate.body.data.every((i: { kind: string }) => i.kind === 'IMMEDIATE')).toBe(true);
    const first = immediate.body.data[0];
    expect(Object.keys(first).sort()).toEqual(
      [
        'active',
        'code',
        'coDepartmentCodes',
        'deliveryMethods',
        'feeText',
        'id',
        'kind',
        'leadDepartmentCode',
        'name',
        'nameEn',
        'procedureKey',
        'promisedDays',
        'statutoryDays',
      ].sort(),
    );

    const paged = await clerk.get('/items?perPage=2&page=2&sort=name&order=DESC');
    expect(paged.body.data).toHaveLength(2);
    expect(paged.body.total).toBeGreaterThan(4);
  });

  it('shows the guide with its materials in order, 容缺 marked', async () => {
    const res = await (await as('clerk')).get('/items/MZ-001');
    expect(res.status).toBe(200);
    expect(res.body.materials.map((m: { code: string }) => m.code)).toEqual([
      'APPLICATION',
      'ID_CARD',
      'HUKOU',
      'INCOME',
      'ASSETS',
      'AUTH',
    ]);
    expect(res.body.materials.find((m: { code: string }) => m.code === 'INCOME')).toMatchObject({
      deficiencyAllowed: true,
      required: true,
      copies: 1,
    });
    expect(res.body.departmentNames).toEqual({ MINZHENG: '民政办' });
    expect(res.body.legalBasis).toContain('社会救助暂行办法');
    expect((await (await as('clerk')).get('/items/XX-999')).status).toBe(404);
  });

  it('lets only an admin create and edit, and rejects bad input with Chinese messages', async () => {
    const clerk = await as('clerk');
    expect((await clerk.post('/items', newItem('TS-001'))).status).toBe(403);
    expect((await clerk.put('/items/MZ-001', { name: 'x' })).status).toBe(403);

    const admin = await as('admin');
    const missing = await admin.post('/items', { code: 'TS-002' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'name', message: '请填写事项名称', messageEn: 'Invalid input: expected string' },
        { path: 'procedureKey', message: '请选择办理流程', messageEn: 'Invalid input: expected string' },
      ]),
    );

    const limits = await admin.post('/items', { ...newItem('TS-002'), promisedDays: 30, statutoryDays: 20 });
    expect(limits.status).toBe(400);
    expect(limits.body.error.message).toBe('承诺时限不能超过法定时限');

    const duplicateMaterial = await admin.post('/items', {
      ...newItem('TS-002'),
      materials: [
        { code: 'A', name: 'a' },
        { code: 'A', name: 'b' },
      ],
    });
    expect(duplicateMaterial.status).toBe(400);
    expect(duplicateMaterial.body.error.details[0].message).toBe('材料编码 A 重复');

    const unknownProcedure = await admin.post('/items', { ...newItem('TS-002'), procedureKey: 'no-such' });
    expect(unknownProcedure.status).toBe(400);
    expect(unknownProcedure.body.error.message).toBe('办理流程 no-such 不存在');
  });

  it('creates and edits an item, replacing its materials, and audits both', async () => {
    const admin = await as('admin');
    const created = await admin.post('/items', newItem('TS-010'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'TS-010',
      feeText: '不收费',
      active: true,
      departmentNames: { MINZHENG: '民政办', CANLIAN: '残联' },
    });
    expect(created.body.materials).toEqual([
      {
        code: 'APPLICATION',
        name: '申请书',
        required: true,
        deficiencyAllowed: false,
        copies: 1,
        note: null,
        sample: null,
      },
      { code: 'PHOTO', name: '照片', required: false, deficiencyAllowed: true, copies: 1, note: '两张', sample: null },
    ]);
    expect((await admin.post('/items', newItem('TS-010'))).status).toBe(409);

    const edited = await admin.put('/items/TS-010', {
      feeText: '工本费 10 元',
      promisedDays: 3,
      materials: [{ code: 'ID_CARD', name: '身份证' }],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      feeText: '工本费 10 元',
      promisedDays: 3,
      statutoryDays: 10,
      name: '测试事项（目录）',
    });
    expect(edited.body.materials.map((m: { code: string }) => m.code)).toEqual(['ID_CARD']);
    expect((await admin.put('/items/TS-010', { promisedDays: 11 })).status).toBe(400);

    const audits = await db.auditLog.findMany({
      where: { objectType: 'ServiceItem', objectId: 'TS-010' },
      orderBy: { seq: 'asc' },
    });
    expect(audits.map((a) => [a.action, a.actorName])).toEqual([
      ['item.create', 'admin'],
      ['item.update', 'admin'],
    ]);
  });
});
