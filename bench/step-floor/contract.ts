import { defineSignal, defineUpdate } from '@temporalio/workflow';

/** The floor of a step: an Update whose handler does nothing, so its cost is Temporal's round trip alone. */
export const bareStep = defineUpdate<void>('bareStep');
/** The floor of a migration: the workflow continues as new, carrying nothing, once the Update has answered. */
export const continueFloor = defineUpdate<void>('continueFloor');
/** Ends a floor workflow once the bench has sent its Updates. */
export const finishFloor = defineSignal('finishFloor');

export const STEP_FLOOR_TASK_QUEUE = 'onewindow-bench-step-floor';
