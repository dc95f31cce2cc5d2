import { defineSignal, defineUpdate } from '@temporalio/workflow';

/** The floor of a step: an Update whose handler does nothing, so its cost is Temporal's round trip alone. */
export const bareStep = defineUpdate<void>('bareStep');
/** Ends a floor workflow once the bench has sent its Updates. */
export const finishFloor = defineSignal('finishFloor');

export const STEP_FLOOR_TASK_QUEUE = 'onewindow-bench-step-floor';
