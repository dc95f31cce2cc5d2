import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Box, CircularProgress, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { yuanText } from '../../../domain/money';
import { formatInstant } from '../shared/chinaDate';
import type { HallBoard } from './types';
import { usePresenceText } from '../staff-board/PresenceChip';
import { refreshMsOf, useHallBoard } from './useHallBoard';

const Panel = ({ title, children, testId }: { title: string; children: ReactNode; testId: string }) => {
  const translate = useTranslate();
  return (
    <Box
      data-testid={testId}
      sx={{ bgcolor: 'rgba(255,255,255,0.06)', borderRadius: 2, p: 2, minHeight: 0, overflow: 'hidden' }}
    >
      <Typography sx={{ color: '#ffd54f', fontSize: '1.6rem', fontWeight: 700, mb: 1 }}>{translate(title)}</Typography>
      {children}
    </Box>
  );
};

const Figure = ({ label, value, testId }: { label: string; value: number; testId: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', flex: 1 }}>
      <Typography sx={{ fontSize: '3.4rem', fontWeight: 700, lineHeight: 1.1 }} data-testid={testId}>
        {value}
      </Typography>
      <Typography sx={{ fontSize: '1.3rem', opacity: 0.85 }}>{translate(label)}</Typography>
    </Box>
  );
};

const Lines = ({ lines }: { lines: string[] }) => (
  <Stack spacing={0.75}>
    {lines.map((line) => (
      <Typography key={line} sx={{ fontSize: '1.35rem' }}>
        · {line}
      </Typography>
    ))}
  </Stack>
);

const Clock = () => {
  const [locale] = useLocaleState();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <Typography sx={{ fontSize: '1.8rem', fontVariantNumeric: 'tabular-nums' }}>
      {formatInstant(now.toISOString(), locale)}
    </Typography>
  );
};

/** 职责栏·去向栏 on the wall: who is at the post, who is away and until when, who covers for whom. */
const StaffBoard = ({ staff }: { staff: HallBoard['staff'] }) => {
  const text = usePresenceText();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 3, rowGap: 0.5 }}>
      {staff.map((p) => (
        <Typography key={`${p.departmentName}-${p.name}`} sx={{ fontSize: '1.1rem' }} noWrap>
          <Box component="span" sx={{ fontWeight: 700 }}>
            {p.name}
          </Box>{' '}
          {p.post ?? p.departmentName}{' '}
          <Box component="span" sx={{ color: p.status === 'AT_POST' ? '#a5d6a7' : '#ffcc80' }}>
            {text(p)}
          </Box>
        </Typography>
      ))}
    </Box>
  );
};

const Board = ({ board }: { board: HallBoard }) => {
  const translate = useTranslate();
  return (
    <Box
      sx={{
        flex: 1,
        minHeight: 0,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: '1fr 1fr 1fr',
        gridTemplateRows: 'auto minmax(0, 1fr) minmax(0, 1fr)',
      }}
    >
      <Box sx={{ gridColumn: '1 / 4' }}>
        <Panel title="ow.open.display.today" testId="display-figures">
          <Stack direction="row">
            <Figure label="ow.open.display.accepted" value={board.figures.acceptedToday} testId="figure-accepted" />
            <Figure label="ow.open.display.completed" value={board.figures.completedToday} testId="figure-completed" />
            <Figure label="ow.open.display.inProgress" value={board.figures.inProgress} testId="figure-in-progress" />
            <Figure label="ow.open.display.overdue" value={board.figures.overdue} testId="figure-overdue" />
          </Stack>
        </Panel>
      </Box>
      <Panel title="ow.open.display.commitments" testId="display-commitments">
        <Lines lines={board.centre.commitments} />
      </Panel>
      <Panel title="ow.open.display.discipline" testId="display-discipline">
        <Lines lines={board.centre.discipline} />
      </Panel>
      <Panel title="ow.open.display.fees" testId="display-fees">
        <Stack spacing={1}>
          {board.fees.map((item) => (
            <Box key={item.itemCode}>
              <Typography sx={{ fontSize: '1.25rem', fontWeight: 600 }}>{item.itemName}</Typography>
              {item.lines.map((line) => (
                <Box key={line.name}>
                  <Typography sx={{ fontSize: '1.2rem' }}>
                    {line.name}：
                    {translate('ow.open.fees.amount', { amount: yuanText(line.amountFen), unit: line.unit })}
                  </Typography>
                  <Typography sx={{ fontSize: '0.95rem', opacity: 0.75 }}>
                    {translate('ow.open.fees.basis')}：{line.basis}
                  </Typography>
                </Box>
              ))}
            </Box>
          ))}
          <Typography sx={{ fontSize: '1.1rem', opacity: 0.85 }}>{translate('ow.open.display.otherFree')}</Typography>
        </Stack>
      </Panel>
      <Box sx={{ gridColumn: '1 / 3', minHeight: 0 }}>
        <Panel title="ow.open.display.staff" testId="display-staff">
          <StaffBoard staff={board.staff} />
        </Panel>
      </Box>
      <Panel title="ow.open.display.latest" testId="display-results">
        <Stack spacing={0.5}>
          {board.latestResults.map((r) => (
            <Typography key={r.receiptNo} sx={{ fontSize: '1.1rem' }}>
              {r.date} {r.itemName} {translate(`ow.open.results.kinds.${r.result}`)}
            </Typography>
          ))}
        </Stack>
      </Panel>
    </Box>
  );
};

/**
 * #/display — the hall's electronic screen (三上墙): today's figures, commitments, service discipline and fee
 * standards, full screen. It asks again every minute (#/display?refresh=30: every 30 seconds); while the API is away
 * it keeps the last figures and says so.
 */
export const HallDisplayPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const board = useHallBoard(refreshMsOf(useLocation().search));
  return (
    <Box
      sx={{
        height: '100vh',
        bgcolor: '#0d2b52',
        color: 'common.white',
        display: 'flex',
        flexDirection: 'column',
        p: 3,
        gap: 2,
        boxSizing: 'border-box',
      }}
      data-testid="hall-display"
    >
      <title>{translate('ow.open.display.title')}</title>
      <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}>
        <Typography sx={{ fontSize: '2.6rem', fontWeight: 700 }} data-testid="display-centre">
          {board.data?.centre.name ?? translate('ow.open.display.title')}
        </Typography>
        <Clock />
      </Stack>
      {board.data && board.isError && (
        <Alert severity="warning" data-testid="display-stale" sx={{ fontSize: '1.1rem' }}>
          {translate('ow.open.display.stale', { at: formatInstant(String(board.data.generatedAt), locale) })}
        </Alert>
      )}
      {board.data ? (
        <Board board={board.data} />
      ) : board.isError ? (
        <Alert severity="warning" data-testid="display-waiting">
          {translate('ow.open.display.waiting')}
        </Alert>
      ) : (
        <CircularProgress color="inherit" />
      )}
      {board.data && (
        <Typography sx={{ fontSize: '1.2rem', opacity: 0.85 }}>
          {translate('ow.open.display.footer', {
            hours: board.data.centre.hours,
            phone: board.data.centre.phone,
            complaintPhone: board.data.centre.complaintPhone,
          })}
        </Typography>
      )}
    </Box>
  );
};
