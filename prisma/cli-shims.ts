/**
 * Workarounds needed only by the Prisma CLI (migrate) running its WebAssembly schema engine over adapter-pg
 * (Prisma 6 with the Rust-free client, so that migrate needs no native engine download). Each shim says what it
 * works around.
 */
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

/** Shim 1 (prisma/orm#27403): catalog columns typed `name` and `"char"` cannot be mapped by the adapter; report them as text. */
export function reportCatalogTypesAsText(): void {
  for (const proto of [pg.Client.prototype, pg.Pool.prototype] as Array<{ query: (...args: unknown[]) => unknown }>) {
    const original = proto.query;
    if ((original as { shimmed?: boolean }).shimmed) continue;
    const patched = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        return (result as Promise<{ fields?: Array<{ dataTypeID: number }> }>).then((r) => {
          for (const f of r?.fields ?? [])
            if (f.dataTypeID === NAME_OID || f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
          return r;
        });
      }
      return result;
    };
    (patched as { shimmed?: boolean }).shimmed = true;
    proto.query = patched;
  }
}

function discreteFields(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    // a Unix socket folder comes as ?host=/path (as libpq and pg read it)
    host: u.searchParams.get('host') ?? decodeURIComponent(u.hostname),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.slice(1)),
  };
}

/**
 * Shim 2: the adapter builds the shadow pool from `{...config, database}` (ignored with a connectionString) and
 * drops the shadow DB while still connected. Use discrete fields, a fresh adapter, and DROP ... WITH (FORCE).
 */
export function migrationAdapter(url: string): PrismaPg {
  const factory = new PrismaPg(discreteFields(url));
  factory.connectToShadowDb = async () => {
    const admin = new pg.Client(discreteFields(url));
    await admin.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replace(/-/g, '')}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg(discreteFields(url, database)).connect();
    const originalDispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await originalDispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  };
  return factory;
}
