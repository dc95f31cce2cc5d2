/**
 * diagram-js `translate` service for the console's locale: our own keys (`ow.…`) through react-admin's
 * translate, bpmn-js's English texts through the Chinese dictionary when the locale is zh-CN.
 */
export type Lookup = (template: string) => string | undefined;

export function createTranslateModule(lookup: Lookup) {
  const translate = (template: string, replacements: Record<string, string> = {}) =>
    // bpmn-js writes {name}, the console's messages %{name} (polyglot): both are filled
    (lookup(template) ?? template).replace(/%?{([^}]+)}/g, (m, key: string) => replacements[key] ?? m);
  return { translate: ['value', translate] };
}
