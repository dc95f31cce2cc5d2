import { defineSearchAttributeKey } from '@temporalio/common';

/** Custom search attributes kept in step with the matter, so `temporal workflow list --query` finds e.g. overdue matters. */
export const SEARCH_ATTRIBUTES = {
  MatterStatus: 'Keyword',
  ReceiptNo: 'Keyword',
  CaseKind: 'Keyword',
  ServiceItemCode: 'Keyword',
  DepartmentCodes: 'KeywordList',
  DueAt: 'Datetime',
  Overdue: 'Bool',
  SignalWaits: 'KeywordList',
} as const;

export const MatterStatusKey = defineSearchAttributeKey('MatterStatus', 'KEYWORD');
export const ReceiptNoKey = defineSearchAttributeKey('ReceiptNo', 'KEYWORD');
export const CaseKindKey = defineSearchAttributeKey('CaseKind', 'KEYWORD');
export const ServiceItemCodeKey = defineSearchAttributeKey('ServiceItemCode', 'KEYWORD');
export const DepartmentCodesKey = defineSearchAttributeKey('DepartmentCodes', 'KEYWORD_LIST');
export const DueAtKey = defineSearchAttributeKey('DueAt', 'DATETIME');
export const OverdueKey = defineSearchAttributeKey('Overdue', 'BOOL');
/** the signals the matter waits for now: the signals route finds the matters to deliver a broadcast to by it */
export const SignalWaitsKey = defineSearchAttributeKey('SignalWaits', 'KEYWORD_LIST');
