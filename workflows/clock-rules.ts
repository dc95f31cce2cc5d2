/** The checks behind the clock's moves (as validator, and again under the lock; see task-rules.ts). */
import { chinaDateOf } from '../domain/china-time';
import { CLOCK_STOP_TEXT, isArt45Kind, type Art45SuspensionKind } from '../domain/clock-stops';
import {
  AUTHORITY_DECISIONS,
  type AuthorityAnswerInput,
  type EndSuspensionInput,
  type StartSuspensionInput,
} from './clock-contract';
import { illegalMove } from './illegal-move';
import { MESSAGE_AUTHORITY_ANSWER, type ClockStop } from './procedure-contract';
import type { ProcedureRuntime } from './runtime';
import { requireRunning } from './task-rules';

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

export const openStop = (rt: ProcedureRuntime, kind: string): ClockStop | undefined =>
  rt.state.clockStops?.find((stop) => stop.kind === kind);

function requireArt45Kind(kind: unknown): Art45SuspensionKind {
  if (!isArt45Kind(kind))
    throw illegalMove(
      'SUSPENSION_KIND_UNKNOWN',
      `暂停计时的事由无效：${String(kind)}（限听证、招标拍卖、检验、检测、检疫、鉴定、专家评审）`,
      `unknown suspension kind: ${String(kind)} (hearing, tendering or auction, inspection, testing, quarantine, appraisal, expert review)`,
    );
  return kind;
}

export function checkStartSuspension(rt: ProcedureRuntime, input: StartSuspensionInput): void {
  requireRunning(rt);
  const kind = requireArt45Kind(input.kind);
  if (isBlank(input.reason))
    throw illegalMove('SUSPENSION_REASON_MISSING', '暂停计时须说明理由', 'a suspension needs a reason');
  const open = openStop(rt, kind);
  if (open) {
    const { zh, en } = CLOCK_STOP_TEXT[kind];
    const since = chinaDateOf(new Date(open.since));
    throw illegalMove(
      'SUSPENSION_ALREADY_OPEN',
      `${zh}已于 ${since} 开始暂停计时，尚未结束，不能重复开始`,
      `a ${en} suspension has been open since ${since}: end it before starting another`,
    );
  }
}

export function checkEndSuspension(rt: ProcedureRuntime, input: EndSuspensionInput): void {
  requireRunning(rt);
  const kind = requireArt45Kind(input.kind);
  if (!openStop(rt, kind)) {
    const { zh, en } = CLOCK_STOP_TEXT[kind];
    throw illegalMove(
      'SUSPENSION_NOT_OPEN',
      `没有进行中的${zh}暂停，不能结束`,
      `there is no open ${en} suspension to end`,
    );
  }
}

export const awaitsAuthorityAnswer = (rt: ProcedureRuntime) =>
  [...rt.tokens.values()].some(
    (token) => token.wait?.kind === 'message' && token.wait.name === MESSAGE_AUTHORITY_ANSWER,
  );

export function checkAuthorityAnswer(rt: ProcedureRuntime, { answer }: AuthorityAnswerInput): void {
  requireRunning(rt);
  if (!awaitsAuthorityAnswer(rt))
    throw illegalMove(
      'NOT_AWAITING_ANSWER',
      '该办件当前不在等待上级机关答复',
      "the matter is not waiting for the higher authority's answer",
    );
  if (!(AUTHORITY_DECISIONS as readonly string[]).includes(answer?.decision))
    throw illegalMove(
      'ANSWER_DECISION_UNKNOWN',
      `上级答复的结论无效：${String(answer?.decision)}（限批准或不予批准）`,
      `unknown decision of the answer: ${String(answer?.decision)} (approve or refuse)`,
    );
  if (isBlank(answer.authority) || isBlank(answer.referenceNo) || isBlank(answer.answeredOn) || !answer.document)
    throw illegalMove(
      'ANSWER_INCOMPLETE',
      '上级答复须写明答复机关、答复日期、文号并附答复文件',
      'an answer needs the answering authority, its date, its reference number and the document',
    );
}
