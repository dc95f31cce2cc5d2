import { readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** The product's version (package.json's), written into each backup's manifest. */
export function productVersion(): string {
  cached ??= (JSON.parse(readFileSync(path.resolve(__dirname, '../package.json'), 'utf8')) as { version: string })
    .version;
  return cached;
}
