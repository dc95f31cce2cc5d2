import type { ApplicantNoticeKind, NoticeTemplateText } from '../../domain/notices';

const FOOTER = '\n\n此邮件由系统自动发送，请勿直接回复。\n便民服务中心';
const LOOKUP = '\n\n凭受理编号和手机号后四位可查询办理进度：\n{lookupUrl}';

/**
 * The applicant notices' default texts (an admin edits them in the console; seeding never overwrites an edit). SMS
 * texts stay short: the provider puts the sign name (SMS_SIGN_NAME) in front.
 */
export const NOTICE_TEMPLATES: Record<ApplicantNoticeKind, NoticeTemplateText> = {
  ACCEPTED: {
    smsText:
      '您申请的“{itemName}”已受理，受理编号 {receiptNo}，承诺 {dueDate} 前办结。凭受理编号和手机号后四位可查询进度：{lookupUrl}',
    emailSubject: '【受理通知】{itemName}（受理编号 {receiptNo}）',
    emailBody: `您好：\n\n您申请的“{itemName}”已于 {acceptedDate} 受理。\n受理编号：{receiptNo}\n承诺办结日期：{dueDate}${LOOKUP}${FOOTER}`,
  },
  SUPPLEMENT_REQUESTED: {
    smsText:
      '您申请的“{itemName}”（受理编号 {receiptNo}）需补正材料：{missingMaterials}。原因：{reason}。补正期间办理时限暂停，请尽快到窗口补交。',
    emailSubject: '【补正告知】{itemName}（受理编号 {receiptNo}）',
    emailBody: `您好：\n\n经审查，您申请的“{itemName}”（受理编号 {receiptNo}）需补正以下材料（一次性告知）：\n{missingMaterials}\n\n原因：{reason}\n\n补正期间办理时限暂停计算，材料补齐后继续计算。请携带上述材料到综合受理窗口补交。${LOOKUP}${FOOTER}`,
  },
  DEFICIENCY_REMINDER: {
    smsText:
      '您申请的“{itemName}”（受理编号 {receiptNo}）为容缺受理，以下材料须于 {owedDueDate} 前补交：{owedMaterials}。',
    emailSubject: '【容缺材料补交提醒】{itemName}（受理编号 {receiptNo}）',
    emailBody: `您好：\n\n您申请的“{itemName}”（受理编号 {receiptNo}）为容缺受理，以下材料须于 {owedDueDate} 前补交：\n{owedMaterials}\n\n请按期到综合受理窗口补交，逾期未补交将影响办理。${LOOKUP}${FOOTER}`,
  },
  DUE_DATE_CHANGED: {
    smsText:
      '您申请的“{itemName}”（受理编号 {receiptNo}）承诺办结日期现为 {dueDate}（此前为 {oldDueDate}；{reason}）。',
    emailSubject: '【办结日期调整】{itemName}（受理编号 {receiptNo}）',
    emailBody: `您好：\n\n您申请的“{itemName}”（受理编号 {receiptNo}）的承诺办结日期现为 {dueDate}，此前为 {oldDueDate}。\n调整原因：{reason}${LOOKUP}${FOOTER}`,
  },
  RESULT_READY: {
    smsText:
      '您申请的“{itemName}”（受理编号 {receiptNo}）已办结，结果编号 {resultNo}。请按约定方式领取，进度查询：{lookupUrl}',
    emailSubject: '【办结通知】{itemName}（受理编号 {receiptNo}）',
    emailBody: `您好：\n\n您申请的“{itemName}”（受理编号 {receiptNo}）已办结。\n结果编号：{resultNo}\n\n请按受理时约定的方式领取（窗口领取请携带本人身份证件）。${LOOKUP}${FOOTER}`,
  },
  RESULT_SENT: {
    smsText: '您申请的“{itemName}”（受理编号 {receiptNo}）的办理结果已寄出，{carrier}运单号 {trackingNo}，请注意查收。',
    emailSubject: '【结果寄出通知】{itemName}（受理编号 {receiptNo}）',
    emailBody: `您好：\n\n您申请的“{itemName}”（受理编号 {receiptNo}）的办理结果已通过邮寄送达。\n承运：{carrier}\n运单号：{trackingNo}${LOOKUP}${FOOTER}`,
  },
  REJECTED: {
    smsText:
      '您申请的“{itemName}”（受理编号 {receiptNo}）经审查不予批准，理由：{reason}。书面决定可到窗口领取；如有异议，可依法申请行政复议或提起行政诉讼。',
    emailSubject: '【不予批准通知】{itemName}（受理编号 {receiptNo}）',
    emailBody: `您好：\n\n您申请的“{itemName}”（受理编号 {receiptNo}）经审查不予批准。\n理由：{reason}\n\n书面决定可到综合受理窗口领取。如对决定不服，可自收到决定之日起六十日内依法申请行政复议，或六个月内依法提起行政诉讼。${LOOKUP}${FOOTER}`,
  },
  TERMINATED: {
    smsText:
      '您申请的“{itemName}”（受理编号 {receiptNo}）因无法继续办理，已由服务中心终止办理，原因：{reason}。如有疑问请与综合受理窗口联系。',
    emailSubject: '【终止办理通知】{itemName}（受理编号 {receiptNo}）',
    emailBody: `您好：\n\n您申请的“{itemName}”（受理编号 {receiptNo}）因无法继续办理，已由服务中心终止办理。\n原因：{reason}\n\n如有疑问，或需重新申请，请与综合受理窗口联系。${LOOKUP}${FOOTER}`,
  },
  WITHDRAWN: {
    smsText:
      '您申请的“{itemName}”（受理编号 {receiptNo}）已按您的申请撤件，办理终止，撤件理由：{reason}。如需办理，可重新提出申请。',
    emailSubject: '【撤件通知】{itemName}（受理编号 {receiptNo}）',
    emailBody: `您好：\n\n您申请的“{itemName}”（受理编号 {receiptNo}）已按您的申请撤件，该办件办理终止，已提交的材料不再审查。\n撤件理由：{reason}\n\n如需继续办理，可重新提出申请。如非本人申请撤件，请尽快与综合受理窗口联系。${LOOKUP}${FOOTER}`,
  },
  RECTIFIED: {
    smsText: '感谢您对“{itemName}”（受理编号 {receiptNo}）的评价。针对您反映的问题，我们已整改：{measures}',
    emailSubject: '【整改反馈】{itemName}（受理编号 {receiptNo}）',
    emailBody: `您好：\n\n感谢您对“{itemName}”（受理编号 {receiptNo}）办理服务的评价。针对您反映的问题，我们已采取以下整改措施：\n{measures}\n\n如仍有意见，可拨打中心投诉电话。${FOOTER}`,
  },
};
