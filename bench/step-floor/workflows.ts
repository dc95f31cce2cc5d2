import { allHandlersFinished, condition, continueAsNew, setHandler } from '@temporalio/workflow';
import { bareStep, continueFloor, finishFloor } from './contract';

/**
 * Takes Updates that do nothing until told to finish: what one claim or complete costs with no work at all. Told to
 * continue (continueFloor), it continues as new: what moving a workflow onto a new run costs with no work at all.
 */
export async function stepFloorWorkflow(): Promise<void> {
  let finished = false;
  let continued = false;
  setHandler(bareStep, () => undefined);
  setHandler(continueFloor, () => void (continued = true));
  setHandler(finishFloor, () => void (finished = true));
  await condition(() => finished || continued);
  if (finished) return;
  await condition(allHandlersFinished);
  await continueAsNew<typeof stepFloorWorkflow>();
}
