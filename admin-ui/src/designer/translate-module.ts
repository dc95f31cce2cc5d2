/**
 * diagram-js `translate` service for the console's locale: our own keys (`ow.…`) through react-admin's
 * translate, bpmn-js's English texts through the Chinese dictionary when the locale is zh-CN.
 */
export type Lookup = (template: string) => string | undefined;

export function createTranslateModule(lookup: Lookup) {
  const translate = (template: string, replacements: Record<string, string> = {}) =>
    (lookup(template) ?? template).replace(/{([^}]+)}/g, (_m, key: string) => replacements[key] ?? `{${key}}`);
  return { translate: ['value', translate] };
}
