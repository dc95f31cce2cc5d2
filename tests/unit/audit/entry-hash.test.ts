import { createHash } from 'node:crypto';
import { entryHash, GENESIS_HASH } from '../../../api/audit/audit.service';

describe('audit entry hash', () => {
  const at = new Date('2026-11-24T08:00:00Z');
  test('does not depend on the key order the database gives the detail back in (jsonb reorders keys)', () => {
    const a = entryHash(GENESIS_HASH, at, {
      action: 'x',
      detail: { kind: 'HOLIDAY', previous: null, nested: { b: 1, a: 2 } },
    });
    const b = entryHash(GENESIS_HASH, at, {
      action: 'x',
      detail: { nested: { a: 2, b: 1 }, previous: null, kind: 'HOLIDAY' },
    });
    expect(a).toBe(b);
  });
  test('changes when any value changes', () => {
    const base = { action: 'x', actorName: 'manager', detail: { kind: 'HOLIDAY' } };
    const hash = entryHash(GENESIS_HASH, at, base);
    expect(entryHash(GENESIS_HASH, at, { ...base, detail: { kind: 'WORKDAY' } })).not.toBe(hash);
    expect(entryHash(GENESIS_HASH, at, { ...base, actorName: 'admin' })).not.toBe(hash);
    expect(entryHash('1'.repeat(64), at, base)).not.toBe(hash);
  });
  test('is the hash of the chain written so far: sha256 of the JSON array [prevHash, at, actor…, detail]', () => {
    // audit_append (prisma/sql/002-audit-append.sql) builds the same text in PostgreSQL; a different formula would
    // break every chain already written
    const entry = {
      actorId: 'u1',
      actorName: '张三',
      action: 'matter.accept',
      objectType: 'Matter',
      objectId: 'm1',
      ip: '::1',
      detail: { b: [1, '"\\'], a: null },
    };
    const text = JSON.stringify([
      GENESIS_HASH,
      at.toISOString(),
      'u1',
      '张三',
      'matter.accept',
      'Matter',
      'm1',
      '::1',
      { a: null, b: [1, '"\\'] },
    ]);
    expect(entryHash(GENESIS_HASH, at, entry)).toBe(createHash('sha256').update(text).digest('hex'));
    expect(entryHash(GENESIS_HASH, at, { action: 'x' })).toBe(
      createHash('sha256')
        .update(JSON.stringify([GENESIS_HASH, at.toISOString(), null, null, 'x', null, null, null, null]))
        .digest('hex'),
    );
  });
});
