/** Each legal limit is read, not restated: the API's schema, the workflow's check and the deadline agree with it. */
import { ZExtensionAsk } from '../../../api/clock/clock.types';
import { WorkingCalendar } from '../../../domain/working-calendar';
import { computeDeadline } from '../../../domain/deadline';
import { EXTENSIONS_ALLOWED, EXTENSION_MAX_WORKING_DAYS } from '../../../domain/legal-limits';
import type { ProcedureRuntime } from '../../../workflows/runtime';
import { checkExtend } from '../../../workflows/task-rules';

const running = { finished: false, memory: {} } as ProcedureRuntime;
const extendedOnce = { finished: false, memory: { extensionsGranted: EXTENSIONS_ALLOWED } } as ProcedureRuntime;
const actor = { userId: 'u1', displayName: '主任', departmentCode: 'WINDOW', roles: ['MANAGER' as const] };

describe('Licensing Law art. 42: one extension of at most EXTENSION_MAX_WORKING_DAYS', () => {
  it('the API schema takes the limit and refuses one day more, naming the law', () => {
    expect(ZExtensionAsk.safeParse({ workingDays: EXTENSION_MAX_WORKING_DAYS, reason: '专家评审' }).success).toBe(true);
    const beyond = ZExtensionAsk.safeParse({ workingDays: EXTENSION_MAX_WORKING_DAYS + 1, reason: '专家评审' });
    expect(beyond.error?.issues.map((i) => i.message)).toEqual([
      `延长天数不能超过 ${EXTENSION_MAX_WORKING_DAYS} 个工作日（行政许可法第四十二条）`,
    ]);
  });

  it('the workflow takes the limit and refuses one day more', () => {
    const extend = (workingDays: number) => () => checkExtend(running, { actor, workingDays, reason: '专家评审' });
    expect(extend(EXTENSION_MAX_WORKING_DAYS)).not.toThrow();
    expect(extend(EXTENSION_MAX_WORKING_DAYS + 1)).toThrow(
      expect.objectContaining({
        details: [expect.objectContaining({ zh: `延长天数须为 1 至 ${EXTENSION_MAX_WORKING_DAYS} 个工作日` })],
      }),
    );
  });

  it('the workflow refuses a second extension once one was granted, naming the law', () => {
    expect(() => checkExtend(extendedOnce, { actor, workingDays: 1, reason: '专家评审' })).toThrow(
      expect.objectContaining({
        details: [
          {
            code: 'EXTENSION_ALREADY_GRANTED',
            zh: '办理期限已延长过一次，依法不得再次延长（行政许可法第四十二条）',
            en: 'the time limit has already been extended once: Licensing Law art. 42 allows one extension',
          },
        ],
      }),
    );
  });

  it('the deadline flags for review an extension beyond the limit, or a second one', () => {
    const flagged = (workingDays: number[]) =>
      computeDeadline({
        acceptedAt: new Date('2026-11-02T09:00:00+08:00'),
        promisedDays: 20,
        extensions: workingDays.map((days) => ({ workingDays: days })),
        calendar: new WorkingCalendar(),
      }).explanation.some((step) => step.code === 'EXTENSION_BEYOND_STATUTE');
    expect(flagged([EXTENSION_MAX_WORKING_DAYS])).toBe(false);
    expect(flagged([EXTENSION_MAX_WORKING_DAYS + 1])).toBe(true);
    expect(flagged([1, 1])).toBe(true);
  });
});
