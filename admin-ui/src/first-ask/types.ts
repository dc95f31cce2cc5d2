export const FIRST_ASK_CHANNELS = ['WINDOW', 'PHONE', 'AGENT'] as const;
export const FIRST_ASK_OUTCOMES = ['ANSWERED', 'HANDED_OVER'] as const;

/** api/first-ask/first-ask.types.ts ZFirstAsk */
export interface FirstAsk {
  id: string;
  channel: (typeof FIRST_ASK_CHANNELS)[number];
  responderId: string;
  responderName: string;
  askerName: string | null;
  askerPhoneLast4: string | null;
  question: string;
  itemCode: string | null;
  itemName: string | null;
  outcome: (typeof FIRST_ASK_OUTCOMES)[number];
  answer: string;
  handedToName: string | null;
  handedToDepartmentCode: string | null;
  matterId: string | null;
  matterReceiptNo: string | null;
  askedAt: string;
  linkedAt: string | null;
}

export interface FirstAskInput {
  channel: string;
  askerName?: string;
  askerPhone?: string;
  question: string;
  itemCode?: string;
  outcome: string;
  answer: string;
  handedToUserId?: string;
  handedToDepartmentCode?: string;
}

export interface FirstAskFilter {
  page: number;
  perPage: number;
  from?: string;
  to?: string;
  linked?: 'true' | 'false';
}
