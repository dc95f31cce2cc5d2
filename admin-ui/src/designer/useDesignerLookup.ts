import { useCallback } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { BPMN_JS_ZH } from './bpmn-js-zh';
import type { Lookup } from './translate-module';

/** The translate lookup for bpmn-js: our `ow.` keys via react-admin, bpmn-js texts via the Chinese dictionary. */
export function useDesignerLookup(): { lookup: Lookup; locale: string } {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lookup = useCallback<Lookup>(
    (template) =>
      template.startsWith('ow.') ? translate(template) : locale === 'zh-CN' ? BPMN_JS_ZH[template] : undefined,
    [translate, locale],
  );
  return { lookup, locale };
}
