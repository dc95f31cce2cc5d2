import { Alert, Box, Button, Chip, Divider, Skeleton, Stack, Typography } from '@mui/material';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { SectionCard } from '../matters/SectionCard';
import { formatInstant } from '../shared/chinaDate';
import { AuthorityAnswerButton } from './AuthorityAnswerButton';
import type { ClockDataProvider } from './dataProvider';
import { ExtensionDecisionButtons } from './ExtensionDecisionButtons';
import { ExtensionRequestButton } from './ExtensionRequestButton';
import { EndSuspensionButton, StartSuspensionButton } from './SuspensionButtons';
import type { AuthorityAnswer, ExtensionRequest } from './types';
import { useMatterClock } from './useMatterClock';
import { isArt45Kind } from '../../../domain/clock-stops';

/**
 * 期限与暂停计时 on the matter page: what the matter waits for and since when, the open stops (ended here), the due
 * date explained line by line, the extension requests and the higher authority's answers, with the moves this user
 * may make now.
 */
export const ClockCard = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const clock = useMatterClock(matterId);
  const c = clock.data;
  const actions = c && (
    <Stack direction="row" spacing={1}>
      {c.can.suspend && <StartSuspensionButton matterId={matterId} openKinds={c.openStops.map((s) => s.kind)} />}
      {c.can.requestExtension && <ExtensionRequestButton matterId={matterId} />}
    </Stack>
  );
  return (
    <SectionCard title="ow.clock.title" testId="clock-card" action={actions}>
      {clock.isPending && <Skeleton variant="rectangular" height={64} />}
      {clock.error && <Alert severity="error">{translate('ow.clock.loadFailed')}</Alert>}
      {c && (
        <Stack spacing={1.5}>
          {c.waitingForAuthority && (
            <Alert
              severity="info"
              data-testid="waiting-for-authority"
              action={c.can.recordAnswer && <AuthorityAnswerButton matterId={matterId} />}
            >
              {translate('ow.clock.waitingForAuthority', {
                since: formatInstant(c.waitingForAuthority.since, locale),
              })}
            </Alert>
          )}
          {c.paused && !c.waitingForAuthority && (
            <Alert severity="warning">{translate('ow.clock.paused', { days: c.pausedWorkingDays })}</Alert>
          )}
          {c.openStops.length > 0 && (
            <Box data-testid="open-stops">
              <Typography variant="subtitle2">{translate('ow.clock.openStops')}</Typography>
              {c.openStops.map((s) => (
                <Stack key={s.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Typography variant="body2" sx={{ flex: 1 }}>
                    {translate('ow.clock.stopSince', {
                      kind: translate(`ow.clock.kinds.${s.kind}`, { _: s.kind }),
                      since: formatInstant(s.since, locale),
                      reason: s.reason,
                    })}
                  </Typography>
                  {c.can.suspend && isArt45Kind(s.kind) && <EndSuspensionButton matterId={matterId} kind={s.kind} />}
                </Stack>
              ))}
            </Box>
          )}
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            {c.pausedWorkingDays > 0 && (
              <Chip size="small" label={translate('ow.clock.pausedDays', { days: c.pausedWorkingDays })} />
            )}
            {c.extendedWorkingDays > 0 && (
              <Chip size="small" label={translate('ow.clock.extendedDays', { days: c.extendedWorkingDays })} />
            )}
          </Stack>
          <Box data-testid="deadline-explanation">
            <Typography variant="subtitle2">{translate('ow.clock.explanation')}</Typography>
            {c.explanation.map((line, i) => (
              <Typography key={i} variant="body2" color="text.secondary">
                {locale === 'en' ? line.messageEn : line.messageZh}
              </Typography>
            ))}
          </Box>
          {c.extensionRequests.length > 0 && (
            <>
              <Divider />
              <Typography variant="subtitle2">{translate('ow.clock.requests')}</Typography>
              {c.extensionRequests.map((r) => (
                <RequestLine key={r.id} request={r} canDecide={c.can.decideExtension} />
              ))}
            </>
          )}
          {c.authorityAnswers.length > 0 && (
            <>
              <Divider />
              <Typography variant="subtitle2">{translate('ow.clock.answers')}</Typography>
              {c.authorityAnswers.map((a) => (
                <AnswerLine key={a.id} matterId={matterId} answer={a} />
              ))}
            </>
          )}
        </Stack>
      )}
    </SectionCard>
  );
};

const RequestLine = ({ request: r, canDecide }: { request: ExtensionRequest; canDecide: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Stack spacing={0.5} data-testid="extension-request">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Chip
          size="small"
          color={r.status === 'APPROVED' ? 'success' : r.status === 'REFUSED' ? 'default' : 'warning'}
          label={translate(`ow.clock.status.${r.status}`)}
        />
        {r.status === 'APPROVED' && !r.applied && (
          <Typography variant="caption">{translate('ow.clock.notApplied')}</Typography>
        )}
        {canDecide && (r.status === 'PENDING' || (r.status === 'APPROVED' && !r.applied)) && (
          <ExtensionDecisionButtons request={r} />
        )}
      </Stack>
      <Typography variant="body2">
        {translate('ow.clock.requestLine', {
          days: r.workingDays,
          by: r.requestedByName ?? '—',
          at: formatInstant(r.requestedAt, locale),
          reason: r.reason,
        })}
      </Typography>
      {r.decisionNote && (
        <Typography variant="body2" color="text.secondary">
          {r.decidedByName}：{r.decisionNote}
        </Typography>
      )}
    </Stack>
  );
};

const AnswerLine = ({ matterId, answer: a }: { matterId: string; answer: AuthorityAnswer }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ClockDataProvider>();
  const download = () =>
    dataProvider
      .downloadAnswerDocument(matterId, a.id, a.fileName)
      .catch((e: Error) =>
        notify('ow.clock.notifications.failed', { type: 'error', messageArgs: { message: e.message } }),
      );
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="authority-answer">
      <Typography variant="body2" sx={{ flex: 1 }}>
        {translate('ow.clock.answerLine', {
          authority: a.authority,
          answeredOn: a.answeredOn,
          referenceNo: a.referenceNo,
          decision: translate(`ow.clock.decision.${a.decision}`),
        })}
      </Typography>
      <Button size="small" onClick={() => void download()}>
        {translate('ow.clock.actions.download')}
      </Button>
    </Stack>
  );
};
