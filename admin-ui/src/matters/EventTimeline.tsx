import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { EmptyState } from '../layout/States';
import { formatInstant } from '../shared/chinaDate';
import { useCodeLabel } from '../shared/useCodeLabel';
import { StepRecordView } from '../case-record/StepRecordView';
import type { MatterEvent, StepRecord } from './types';

type Translate = ReturnType<typeof useTranslate>;

const DOT_COLOR: Array<[RegExp, string]> = [
  [/overdue|stuck|incident|rejected|cancelled/i, 'error.main'],
  [/suspend|returned|supervised|extended/i, 'warning.main'],
  [/completed|issueResult|accepted|resumed|archive/i, 'success.main'],
];
const dotColor = (type: string) => DOT_COLOR.find(([re]) => re.test(type))?.[1] ?? 'primary.main';

/** The event's label: ow.matters.events.<type>, or a generic label naming the code for types this console does not know. */
/** `incident` is how a run recorded before incidents had their own rows named an uncaught error. */
const LABEL_OF_TYPE: Record<string, string> = { incident: 'incident.raised' };

export const eventLabel = (translate: Translate, type: string) =>
  translate(`ow.matters.events.${LABEL_OF_TYPE[type] ?? type}`, { _: translate('ow.matters.eventUnknown', { type }) });

/** Human-readable facts an event carries (comment, reason, decision, …); the rest stays in the audit trail. */
type CodeLabel = ReturnType<typeof useCodeLabel>;

function eventDetails(
  translate: Translate,
  departmentName: CodeLabel,
  data: MatterEvent['data'],
  locale: string,
): string[] {
  if (!data) return [];
  const lines: string[] = [];
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
  // an incident's cause, in both languages
  const cause = data.cause as { zh?: unknown; en?: unknown } | undefined;
  const causeText = cause && text(locale.startsWith('zh') ? cause.zh : cause.en);
  if (causeText) lines.push(translate('ow.matters.eventData.reason', { value: causeText }));
  // a version migration's outcome, line by line in both languages
  if (Array.isArray(data.outcome))
    for (const n of data.outcome as Array<{ zh?: unknown; en?: unknown }>) {
      const line = text(locale.startsWith('zh') ? n.zh : n.en);
      if (line) lines.push(line);
    }
  if (text(data.decision))
    lines.push(
      translate('ow.matters.eventData.decision', {
        value: translate(`ow.matters.decisions.${data.decision}`, { _: String(data.decision) }),
      }),
    );
  for (const key of ['comment', 'reason', 'message', 'note'] as const) {
    if (text(data[key])) lines.push(translate(`ow.matters.eventData.${key}`, { value: data[key] }));
  }
  if (Array.isArray(data.missing) && data.missing.length) {
    lines.push(
      translate('ow.matters.eventData.missing', {
        value: data.missing.map((m) => (typeof m === 'object' && m ? (m as { name?: string }).name : m)).join('、'),
      }),
    );
  }
  if (typeof data.workingDays === 'number')
    lines.push(translate('ow.matters.eventData.workingDays', { value: data.workingDays }));
  if (text(data.toDepartmentCode))
    lines.push(
      translate('ow.matters.eventData.toDepartment', {
        value: departmentName('departments', String(data.toDepartmentCode)),
      }),
    );
  // a compensation: the activities undone, newest first
  if (Array.isArray(data.activityIds))
    lines.push(
      data.activityIds.length
        ? translate('ow.matters.eventData.compensated', { value: data.activityIds.join('、') })
        : translate('ow.matters.eventData.nothingToCompensate'),
    );
  // a business-rule task's decision: which rules matched, and what it gave
  if (Array.isArray(data.matchedRuleIds))
    lines.push(
      data.matchedRuleIds.length
        ? translate('ow.matters.eventData.matchedRules', { value: data.matchedRuleIds.join('、') })
        : translate('ow.matters.eventData.noRuleMatched'),
    );
  if (text(data.resultVariable) && 'result' in data)
    lines.push(
      translate('ow.matters.eventData.decisionResult', {
        name: data.resultVariable,
        value: JSON.stringify(data.result),
      }),
    );
  if (text(data.resultNo)) lines.push(translate('ow.matters.eventData.resultNo', { value: data.resultNo }));
  if (text(data.trackingNo)) lines.push(translate('ow.matters.eventData.trackingNo', { value: data.trackingNo }));
  return lines;
}

/** The record of the step a `task.completed` event closed, if the matter's case record has it. */
const recordOf = (e: MatterEvent, byTaskKey: Map<string, StepRecord>) =>
  e.type === 'task.completed' && typeof e.data?.taskKey === 'string' ? byTaskKey.get(e.data.taskKey) : undefined;

/**
 * Every event of the matter, oldest first: what happened, who did it, when; a completed step with what its handler
 * decided and wrote (the case record, `steps`).
 */
export const EventTimeline = ({ events, steps = [] }: { events: MatterEvent[]; steps?: StepRecord[] }) => {
  const translate = useTranslate();
  const codeLabel = useCodeLabel();
  const [locale] = useLocaleState();
  const byTaskKey = new Map(steps.map((s) => [s.taskKey, s]));
  if (!events.length) return <EmptyState message="ow.matters.noEvents" />;
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="timeline">
      {events.map((e, i) => (
        <Box
          component="li"
          key={e.id}
          sx={{ display: 'flex', gap: 1.5 }}
          data-testid="timeline-event"
          data-event-type={e.type}
        >
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.75 }}>
            <Box sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: dotColor(e.type), flexShrink: 0 }} />
            {i < events.length - 1 && <Box sx={{ width: 2, flex: 1, bgcolor: 'divider', my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 2, minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {eventLabel(translate, e.type)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {[formatInstant(e.at, locale), e.actorName ?? translate('ow.matters.system')].join(' · ')}
            </Typography>
            {recordOf(e, byTaskKey) ? (
              <Box sx={{ mt: 0.5 }}>
                <StepRecordView record={recordOf(e, byTaskKey)!} />
              </Box>
            ) : (
              eventDetails(translate, codeLabel, e.data, locale).map((line) => (
                <Typography key={line} variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                  {line}
                </Typography>
              ))
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
