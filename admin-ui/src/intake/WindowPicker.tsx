import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import type { IntakeDataProvider } from './dataProvider';

/** The clerk's window stays chosen on this browser: a seat at the counter keeps its window from matter to matter. */
const STORAGE_KEY = 'onewindow:intake-window';

/**
 * The window the matters are accepted at (受理窗口): the one chosen last on this browser if it still exists, else the
 * department's first. Undefined while loading and where the department has no window (an agent's 委托代办).
 */
export function useIntakeWindow(enabled: boolean) {
  const dataProvider = useDataProvider<IntakeDataProvider>();
  const windows = useQuery({ queryKey: ['intake', 'windows'], queryFn: () => dataProvider.listWindows(), enabled });
  const [chosen, setChosen] = useState(() => localStorage.getItem(STORAGE_KEY) ?? undefined);
  const list = windows.data ?? [];
  const windowCode = list.find((w) => w.code === chosen)?.code ?? list[0]?.code;
  const choose = (code: string) => {
    localStorage.setItem(STORAGE_KEY, code);
    setChosen(code);
  };
  return { windows: list, windowCode, choose };
}

export const WindowPicker = ({ windows, windowCode, choose }: ReturnType<typeof useIntakeWindow>) => {
  const translate = useTranslate();
  if (windows.length === 0) return null;
  return (
    <TextField
      select
      size="small"
      label={translate('ow.intake.window.label')}
      value={windowCode ?? ''}
      fullWidth={false}
      sx={{ minWidth: 240 }}
      data-testid="intake-window"
      onChange={(e) => choose(e.target.value)}
    >
      {windows.map((w) => (
        <MenuItem key={w.code} value={w.code} data-testid={`window-${w.code}`}>
          {translate('ow.intake.window.option', { name: w.name, code: w.code })}
        </MenuItem>
      ))}
    </TextField>
  );
};
