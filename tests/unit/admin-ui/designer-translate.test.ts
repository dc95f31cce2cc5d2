import { createTranslateModule } from '../../../admin-ui/src/designer/translate-module';

const translateWith = (messages: Record<string, string>) => {
  const [, translate] = createTranslateModule((template) => messages[template]).translate;
  return translate as (template: string, replacements?: Record<string, string>) => string;
};

describe('the designer translate service', () => {
  it("fills bpmn-js's {name} and the console's %{name} placeholders alike", () => {
    const translate = translateWith({ 'ow.designer.props.form.field': '字段 %{index}', 'Append {type}': '追加{type}' });
    expect(translate('ow.designer.props.form.field', { index: '2' })).toBe('字段 2');
    expect(translate('Append {type}', { type: '任务' })).toBe('追加任务');
  });

  it('leaves a placeholder it has no value for as written, and an unknown text as it is', () => {
    const translate = translateWith({ 'ow.x': '共 %{count} 处' });
    expect(translate('ow.x')).toBe('共 %{count} 处');
    expect(translate('Remove')).toBe('Remove');
  });
});
