import type { FormField } from '../../../bpmn/plan';
import { confirmedAtWindow } from '../../../workflows/at-window';

const yesNo = (key: string, required = true): FormField => ({ key, label: key, type: 'boolean', required });
const text = (key: string, required = true): FormField => ({ key, label: key, type: 'text', required });

test("the window's acceptance confirms every required yes/no check, and only those", () => {
  expect(confirmedAtWindow([yesNo('materialsComplete'), yesNo('photoTaken', false), text('note', false)])).toEqual({
    materialsComplete: true,
  });
  expect(confirmedAtWindow([])).toEqual({});
});

test('a required field of any other kind needs the clerk: nothing is confirmed', () => {
  expect(confirmedAtWindow([yesNo('materialsComplete'), text('handlingNote')])).toBeUndefined();
});
