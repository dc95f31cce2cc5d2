import type { UpdateDefinition } from '@temporalio/common';
import { setHandler } from '@temporalio/workflow';
import type { ProcedureState } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { atomicStep } from './step-rollback';

/**
 * Registers an update whose check runs as the validator and again under the lock before the move; the handler
 * answers with the state after its activities have written the database. A move whose write the database refuses
 * is rolled back whole and the update refused (atomicStep).
 */
export function registerLockedUpdate<A>(
  rt: ProcedureRuntime,
  definition: UpdateDefinition<ProcedureState, [A]>,
  check: (rt: ProcedureRuntime, arg: A) => unknown,
  move: (arg: A) => Promise<void>,
): void {
  setHandler(
    definition,
    (arg: A) =>
      rt.lock.run(async () => {
        await atomicStep(rt, async () => {
          check(rt, arg);
          await move(arg);
        });
        return rt.publicState();
      }),
    { validator: (arg: A) => void check(rt, arg) },
  );
}
