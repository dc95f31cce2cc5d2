import { useState } from 'react';
import { Autocomplete, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ActionDialog } from '../shared/ActionDialog';
import { useHasRole } from '../shared/roles';
import type { StaffBoardDataProvider } from '../staff-board/dataProvider';
import type { FirstAskDataProvider } from './dataProvider';
import { FIRST_ASK_CHANNELS, FIRST_ASK_OUTCOMES } from './types';

/** 登记首问: the channel, who asked (optional), the question, and the answer or the hand-over. */
export const RecordFirstAskDialog = ({ onClose, onDone }: { onClose(): void; onDone(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const isAgent = useHasRole('AGENT');
  const dataProvider = useDataProvider<FirstAskDataProvider & StaffBoardDataProvider>();
  const [channel, setChannel] = useState<string>(isAgent ? 'AGENT' : 'WINDOW');
  const [askerName, setAskerName] = useState('');
  const [askerPhone, setAskerPhone] = useState('');
  const [question, setQuestion] = useState('');
  const [itemCode, setItemCode] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string>('ANSWERED');
  const [answer, setAnswer] = useState('');
  const [handedToUserId, setHandedToUserId] = useState<string | null>(null);
  const [handedToDepartmentCode, setHandedToDepartmentCode] = useState('');
  const items = useGetList<{ id: string; code: string; name: string }>('items', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
  });
  // the staff board names everyone who may take a hand-over, and their departments
  const staff = useQuery({ queryKey: ['staff-board'], queryFn: () => dataProvider.getStaffBoard() });
  const people = staff.data ?? [];
  const departments = [...new Map(people.map((p) => [p.departmentCode, p.departmentName])).entries()];
  const handingOver = outcome === 'HANDED_OVER';
  const complete =
    question.trim().length >= 2 &&
    answer.trim().length >= 2 &&
    (!handingOver || Boolean(handedToUserId || handedToDepartmentCode));
  const save = useMutation({
    mutationFn: () =>
      dataProvider.recordFirstAsk({
        channel,
        askerName: askerName.trim() || undefined,
        askerPhone: askerPhone.trim() || undefined,
        question,
        itemCode: itemCode ?? undefined,
        outcome,
        answer,
        handedToUserId: handingOver ? (handedToUserId ?? undefined) : undefined,
        handedToDepartmentCode: handingOver ? handedToDepartmentCode || undefined : undefined,
      }),
    onSuccess: () => {
      notify('ow.firstAsk.recorded', { type: 'success' });
      onDone();
    },
    onError: (e: Error) => notify('ow.firstAsk.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  const selectedItem = items.data?.find((i) => i.code === itemCode) ?? null;
  return (
    <ActionDialog
      open
      title="ow.firstAsk.record"
      confirmLabel="ra.action.save"
      busy={save.isPending}
      disabled={!complete}
      onClose={onClose}
      onConfirm={() => save.mutate()}
      testId="first-ask-dialog"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <TextField
          select
          label={translate('ow.firstAsk.channel')}
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'first-ask-channel' } }}
        >
          {FIRST_ASK_CHANNELS.filter((c) => c !== 'AGENT' || isAgent).map((c) => (
            <MenuItem key={c} value={c}>
              {translate(`ow.firstAsk.channels.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            fullWidth
            label={translate('ow.firstAsk.askerName')}
            value={askerName}
            onChange={(e) => setAskerName(e.target.value)}
          />
          <TextField
            fullWidth
            label={translate('ow.firstAsk.askerPhone')}
            value={askerPhone}
            onChange={(e) => setAskerPhone(e.target.value)}
            slotProps={{ htmlInput: { inputMode: 'tel', 'data-testid': 'first-ask-phone' } }}
          />
        </Stack>
        <TextField
          required
          multiline
          minRows={2}
          label={translate('ow.firstAsk.question')}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'first-ask-question' } }}
        />
        <Autocomplete
          options={items.data ?? []}
          value={selectedItem}
          getOptionLabel={(i) => `${i.code} ${i.name}`}
          isOptionEqualToValue={(a, b) => a.code === b.code}
          onChange={(_e, i) => setItemCode(i?.code ?? null)}
          renderInput={(params) => <TextField {...params} label={translate('ow.firstAsk.item')} />}
          data-testid="first-ask-item"
        />
        <RadioGroup row value={outcome} onChange={(e) => setOutcome(e.target.value)}>
          {FIRST_ASK_OUTCOMES.map((o) => (
            <FormControlLabel
              key={o}
              value={o}
              control={<Radio />}
              label={translate(`ow.firstAsk.outcomes.${o}`)}
              data-testid={`first-ask-outcome-${o}`}
            />
          ))}
        </RadioGroup>
        <TextField
          required
          multiline
          minRows={2}
          label={translate(handingOver ? 'ow.firstAsk.handOverNote' : 'ow.firstAsk.answer')}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'first-ask-answer' } }}
        />
        {handingOver && (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <Autocomplete
              fullWidth
              options={people}
              value={people.find((p) => p.id === handedToUserId) ?? null}
              getOptionLabel={(p) => `${p.name} · ${p.departmentName}`}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              onChange={(_e, p) => setHandedToUserId(p?.id ?? null)}
              renderInput={(params) => <TextField {...params} label={translate('ow.firstAsk.handedToUser')} />}
              data-testid="first-ask-handed-user"
            />
            <TextField
              select
              fullWidth
              label={translate('ow.firstAsk.handedToDepartment')}
              value={handedToDepartmentCode}
              onChange={(e) => setHandedToDepartmentCode(e.target.value)}
            >
              <MenuItem value="">{translate('ow.firstAsk.none')}</MenuItem>
              {departments.map(([code, name]) => (
                <MenuItem key={code} value={code}>
                  {name}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        )}
      </Stack>
    </ActionDialog>
  );
};
