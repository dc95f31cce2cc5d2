import { isResultType, parseValidYears, RESULT_TYPES } from '../domain/result';

/** The service activities a service task (ow:ServiceCall) may run; the worker registers one handler per name. */
export const SERVICE_ACTIVITIES = ['notify', 'issueResult', 'mailDelivery', 'reportUp', 'archive'] as const;
export type ServiceActivity = (typeof SERVICE_ACTIVITIES)[number];

export interface ServiceActivityInfo {
  descriptionZh: string;
  descriptionEn: string;
  /** ow:Param names the activity needs; a missing one is a compile warning */
  requiredParams: readonly string[];
  /** ow:Param names it understands besides the required ones */
  optionalParams: readonly string[];
  /** values a parameter must have, when the activity would refuse others at run time (a compile error instead) */
  paramRules?: Readonly<Record<string, ParamRule>>;
}

export interface ParamRule {
  accepts(value: string): boolean;
  zh: string;
  en: string;
}

const validYears: ParamRule = {
  accepts: (value) => {
    try {
      parseValidYears(value);
      return true;
    } catch {
      return false;
    }
  },
  zh: '有效年数应为 1 至 50 的整数，长期有效则不填',
  en: 'a whole number of years from 1 to 50, or none for no limit',
};

export const SERVICE_ACTIVITY_INFO: Readonly<Record<ServiceActivity, ServiceActivityInfo>> = {
  notify: {
    descriptionZh: '按模板通知申请人或经办人（短信/站内信）',
    descriptionEn: 'Notifies the applicant or the handler using a message template',
    requiredParams: ['template'],
    optionalParams: ['to'],
  },
  issueResult: {
    descriptionZh:
      '出证：生成带编号和核验二维码的办理结果 PDF（resultType：certificate 证照、approval 批复、notice 告知书；validYears：有效年数，不填为长期有效）',
    descriptionEn:
      'Issues the result as a numbered PDF with a verification QR code (resultType: certificate, approval or notice; validYears: years of validity, none for no limit)',
    requiredParams: ['resultType'],
    optionalParams: ['validYears'],
    paramRules: {
      resultType: {
        accepts: isResultType,
        zh: `应为 ${RESULT_TYPES.join('、')}`,
        en: `one of ${RESULT_TYPES.join(', ')}`,
      },
      validYears,
    },
  },
  mailDelivery: {
    descriptionZh: '免费邮寄送达办理结果：登记邮寄，由工作人员在办件页填写快递公司和邮寄单号',
    descriptionEn:
      'Sends the result by free mail: records the mailing; staff enter the carrier and the tracking number on the matter page',
    requiredParams: [],
    optionalParams: [],
  },
  reportUp: {
    descriptionZh: '上报上级机关审批并跟踪答复',
    descriptionEn: 'Reports the matter up to a higher authority and tracks its answer',
    requiredParams: ['authority'],
    optionalParams: [],
  },
  archive: {
    descriptionZh: '办件归档',
    descriptionEn: 'Archives the matter file',
    requiredParams: [],
    optionalParams: [],
  },
};

export const isServiceActivity = (name: string): name is ServiceActivity =>
  (SERVICE_ACTIVITIES as readonly string[]).includes(name);
