import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import chineseMessages from '@haxqer/ra-language-chinese';
import { MODULES } from './modules';
import { deepMerge } from './deep-merge';

/** zh-CN first. The English react-admin messages sit underneath as a fallback for keys the Chinese pack lacks. */
export const messages: Record<'zh-CN' | 'en', TranslationMessages> = {
  'zh-CN': deepMerge(englishMessages, chineseMessages, ...MODULES.map((m) => m.zh)) as unknown as TranslationMessages,
  en: deepMerge(englishMessages, ...MODULES.map((m) => m.en)) as unknown as TranslationMessages,
};

export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[locale as keyof typeof messages] ?? messages['zh-CN'],
  'zh-CN',
  [
    { locale: 'zh-CN', name: '简体中文' },
    { locale: 'en', name: 'English' },
  ],
);
