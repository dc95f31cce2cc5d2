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
}

export const SERVICE_ACTIVITY_INFO: Readonly<Record<ServiceActivity, ServiceActivityInfo>> = {
  notify: {
    descriptionZh: '按模板通知申请人或经办人（短信/站内信）',
    descriptionEn: 'Notifies the applicant or the handler using a message template',
    requiredParams: ['template'],
    optionalParams: ['to'],
  },
  issueResult: {
    descriptionZh: '出证：生成办理结果（证照、批复、告知书）',
    descriptionEn: 'Issues the result of the matter (certificate, approval, notice)',
    requiredParams: ['resultType'],
    optionalParams: [],
  },
  mailDelivery: {
    descriptionZh: '免费邮寄送达办理结果',
    descriptionEn: 'Sends the result by free mail delivery',
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
