import type { TestStack } from './stack';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __owStack?: TestStack }).__owStack?.stop();
}
