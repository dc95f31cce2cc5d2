import { useTranslate } from 'react-admin';

interface Props {
  /** the issuing centre, above the title */
  centre?: string | null;
  /** i18n keys of the title and of the number's label */
  title: string;
  numberLabel: string;
  number: string;
  /** test ids `<testId>-title` and `<testId>-no` */
  testId: string;
}

/** The head of every printed document: the issuing centre, the title, the document's number. */
export const PrintHeading = ({ centre, title, numberLabel, number, testId }: Props) => {
  const translate = useTranslate();
  return (
    <>
      {centre && <p className="ow-print-centre">{centre}</p>}
      <h1 data-testid={`${testId}-title`}>{translate(title)}</h1>
      <p className="ow-print-number">
        {translate(numberLabel)}
        <strong data-testid={`${testId}-no`}>{number}</strong>
      </p>
    </>
  );
};
