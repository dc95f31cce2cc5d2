/**
 * 撤件: the applicant withdraws the application, through a clerk at the window (with the signed request) or on the
 * public page (receipt number and phone checked by the API). Deterministic code only.
 */
import { defineUpdate } from '@temporalio/workflow';
import type { AnswerDocument } from './clock-contract';
import type { Actor, ProcedureState } from './procedure-contract';

export const WITHDRAWAL_CHANNELS = ['WINDOW', 'PUBLIC'] as const;
export type WithdrawalChannel = (typeof WITHDRAWAL_CHANNELS)[number];

/** The withdrawal as the API checked it. No personal data: a channel, the applicant's stated reason, a file reference. */
export interface WithdrawalRequest {
  /** the row's id, chosen by the API (from the request's Idempotency-Key), so a retried write is the same row */
  withdrawalId: string;
  channel: WithdrawalChannel;
  reason: string;
  /** the applicant's signed request, already in the file store: required at the window */
  document?: AnswerDocument;
}
export interface WithdrawInput {
  /** the clerk at the window; none on the public page (the applicant) */
  actor?: Actor;
  request: WithdrawalRequest;
}

/**
 * 撤件: every open task is cancelled, every token and timer goes, the clock stops and the matter ends WITHDRAWN,
 * its withdrawal notice on its way to the applicant. Refused once the matter has ended.
 */
export const withdrawMatter = defineUpdate<ProcedureState, [WithdrawInput]>('withdrawMatter');
