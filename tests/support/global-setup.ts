import { startTestStack, type TestStack } from './stack';

/** Integration and browser projects: reuse the stack `npm test` started, or start one for a direct jest run. */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_STACK_READY === '1') return;
  const stack = await startTestStack();
  Object.assign(process.env, stack.env);
  (globalThis as { __owStack?: TestStack }).__owStack = stack;
}
