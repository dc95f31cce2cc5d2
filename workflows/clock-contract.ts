/**
 * The moves on a matter's clock besides 补正 and 延长 (procedure-contract.ts): the suspensions of Licensing Law
 * art. 45 started and ended by staff, and the higher authority's answer to a 上报件. Deterministic code only.
 */
import { defineUpdate } from '@temporalio/workflow';
import type { Art45SuspensionKind } from '../domain/clock-stops';
import type { Actor, ProcedureState } from './procedure-contract';

export interface StartSuspensionInput {
  actor: Actor;
  kind: Art45SuspensionKind;
  reason: string;
}
export interface EndSuspensionInput {
  actor: Actor;
  kind: Art45SuspensionKind;
  note?: string;
}

/** 听证、检验、检测、检疫、鉴定、专家评审、招标拍卖 begin: the clock stops until the same kind ends. */
export const startSuspension = defineUpdate<ProcedureState, [StartSuspensionInput]>('startSuspension');
export const endSuspension = defineUpdate<ProcedureState, [EndSuspensionInput]>('endSuspension');

export const AUTHORITY_DECISIONS = ['approve', 'refuse'] as const;
export type AuthorityDecision = (typeof AUTHORITY_DECISIONS)[number];
/** The form field the answer's decision is written to, so the plan's conditions read `form.authorityDecision`. */
export const AUTHORITY_DECISION_FIELD = 'authorityDecision';

/** The answer document, already in the file store: its content address and what the store checked. */
export interface AnswerDocument {
  fileKey: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
}

/** The higher authority's answer as staff recorded it. No personal data: an office, a date, a decision, a number. */
export interface AuthorityAnswer {
  /** the row's id, chosen by the API (from the request's Idempotency-Key), so a retried write is the same row */
  answerId: string;
  authority: string;
  /** China date of the answer */
  answeredOn: string;
  decision: AuthorityDecision;
  referenceNo: string;
  note?: string;
  document: AnswerDocument;
}
export interface AuthorityAnswerInput {
  actor: Actor;
  answer: AuthorityAnswer;
}

/**
 * 上报件: the answer is recorded and delivered as the message `higherAuthorityAnswer` with its decision as
 * `form.authorityDecision`; refused unless a step of the plan waits for that message.
 */
export const recordAuthorityAnswer = defineUpdate<ProcedureState, [AuthorityAnswerInput]>('recordAuthorityAnswer');
