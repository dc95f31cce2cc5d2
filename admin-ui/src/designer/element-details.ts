import type { ModdleElement } from './ow-properties/extension';
import { CANDIDATE_LABELS, labelKeyOf, type LabelKey } from './ow-properties/options';

/** One line of the read-only viewer's element details: an i18n label key and a display value (maybe a key too). */
export interface DetailLine {
  label: string;
  value: string;
  /** the value is an i18n key */
  translated?: boolean;
}

/** label key and (for coded values) the i18n prefix of each `ow:*` attribute the viewer shows */
const ATTRS: Record<string, Array<[attr: string, label: string, valueKey?: LabelKey]>> = {
  'ow:Candidates': [
    ['department', 'ow.designer.props.candidates.department', CANDIDATE_LABELS.department],
    ['role', 'ow.designer.props.candidates.role', CANDIDATE_LABELS.role],
  ],
  'ow:Step': [
    ['kind', 'ow.designer.props.step.kind', 'ow.designer.stepKinds'],
    ['timeLimitDays', 'ow.designer.props.step.timeLimitDays'],
  ],
  'ow:ServiceCall': [['activity', 'ow.designer.props.service.activity', 'ow.designer.activities']],
  'ow:Timer': [
    ['kind', 'ow.designer.props.timer.kind', 'ow.designer.timerKinds'],
    ['hours', 'ow.designer.props.timer.hours'],
    ['workingDays', 'ow.designer.props.timer.workingDays'],
  ],
  'ow:Outcome': [['value', 'ow.designer.props.outcome.value', 'ow.designer.outcomes']],
  'ow:Message': [['name', 'ow.designer.props.message.name']],
};

/** What the viewer shows for a selected element: its `ow:*` settings and a flow's condition. */
export function elementDetails(bo: ModdleElement): DetailLine[] {
  const lines: DetailLine[] = [];
  const values: ModdleElement[] = bo.get('extensionElements')?.get('values') ?? [];
  for (const ext of values) {
    for (const [attr, label, valueKey] of ATTRS[ext.$type] ?? []) {
      const v = ext.get(attr);
      if (v !== undefined && v !== '')
        lines.push({
          label,
          value: valueKey ? labelKeyOf(valueKey, String(v)) : String(v),
          translated: Boolean(valueKey),
        });
    }
    if (ext.$type === 'ow:FormField') {
      lines.push({
        label: 'ow.designer.props.form.group',
        value: `${ext.get('label') ?? ''} (${ext.get('key') ?? ''})`,
      });
    }
    if (ext.$type === 'ow:ServiceCall') {
      for (const p of (ext.get('params') as ModdleElement[] | undefined) ?? []) {
        lines.push({ label: 'ow.designer.props.service.params', value: `${p.get('name')} = ${p.get('value') ?? ''}` });
      }
    }
  }
  const condition = bo.$type === 'bpmn:SequenceFlow' ? bo.get('conditionExpression')?.get('body') : undefined;
  if (condition) lines.push({ label: 'ow.designer.props.condition.expression', value: condition });
  return lines;
}
