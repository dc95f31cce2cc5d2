import { defineSignal } from '@temporalio/workflow';

/** Re-arms a baseline timer at the instant the bench's due table holds, as calendarChanged re-arms a matter. */
export const rearmTimer = defineSignal('rearmTimer');

export const timerWorkflowId = (matterId: string) => `bench-timer-${matterId}`;
