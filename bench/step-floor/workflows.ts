import { condition, setHandler } from '@temporalio/workflow';
import { bareStep, finishFloor } from './contract';

/** Takes Updates that do nothing until told to finish: what one claim or complete costs with no work at all. */
export async function stepFloorWorkflow(): Promise<void> {
  let finished = false;
  setHandler(bareStep, () => undefined);
  setHandler(finishFloor, () => void (finished = true));
  await condition(() => finished);
}
