import { SearchInput, useTranslate, type SearchInputProps } from 'react-admin';

/** SearchInput whose placeholder is an i18n key (react-admin shows a given placeholder untranslated). */
export const TranslatedSearchInput = ({ placeholder = 'ra.action.search', ...props }: SearchInputProps) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate(placeholder)} />;
};
