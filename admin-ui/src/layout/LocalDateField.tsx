import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** DateField in the console's locale (react-admin's default is the browser's). */
export const LocalDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale} {...props} />;
};
