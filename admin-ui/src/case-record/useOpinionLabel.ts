import { useTranslate } from 'react-admin';

/** A step's opinion box label: the one its designer gave it (in Chinese, like form labels), else 办理意见. */
export function useOpinionLabel(): (label: string | null | undefined) => string {
  const translate = useTranslate();
  return (label) => label || translate('ow.caseRecord.opinion');
}
