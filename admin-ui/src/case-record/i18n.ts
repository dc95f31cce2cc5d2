/** The case record (办理意见): completed steps on the matter, timeline and task pages, and the printed 审批表. */
export const zh = {
  ow: {
    caseRecord: {
      opinion: '办理意见',
      legalBasis: '法律依据',
      handledBy: '%{name} · %{at}',
      yes: '是',
      no: '否',
      noOpinion: '（未填写）',
      closedTitle: '办理结果',
      opinionRequired: '%{label}（必填）',
      opinionOnReject: '%{label}（不通过时必填）',
    },
    print: {
      approvalForm: {
        title: '审批表',
        number: '受理编号：',
        item: '申请事项',
        applicant: '申请人',
        acceptedAt: '受理时间',
        acceptedBy: '受理人',
        itemLegalBasis: '设定依据',
        status: '办理状态',
        steps: '办理过程',
        step: '环节',
        handler: '办理人',
        time: '办理时间',
        decision: '办理结论',
        opinion: '办理意见',
        legalBasis: '法律依据',
        none: '尚无已办结的环节',
        printedBy: '打印人：%{name}　打印时间：%{at}',
        note: '本表由系统根据办件的办理记录生成，申请人信息按打印人权限脱敏。',
      },
    },
    matters: {
      actions: { printApprovalForm: '打印审批表' },
    },
  },
};

export const en: typeof zh = {
  ow: {
    caseRecord: {
      opinion: 'Opinion',
      legalBasis: 'Legal basis',
      handledBy: '%{name} · %{at}',
      yes: 'Yes',
      no: 'No',
      noOpinion: '(none written)',
      closedTitle: 'What was decided',
      opinionRequired: '%{label} (required)',
      opinionOnReject: '%{label} (required when rejecting)',
    },
    print: {
      approvalForm: {
        title: 'Processing record',
        number: 'Receipt no. ',
        item: 'Item',
        applicant: 'Applicant',
        acceptedAt: 'Accepted',
        acceptedBy: 'Accepted by',
        itemLegalBasis: 'Basis of the item',
        status: 'Status',
        steps: 'Steps',
        step: 'Step',
        handler: 'Handler',
        time: 'Time',
        decision: 'Decision',
        opinion: 'Opinion',
        legalBasis: 'Legal basis',
        none: 'No step completed yet',
        printedBy: 'Printed by %{name} at %{at}',
        note: "Generated from the matter's record; the applicant's data is masked as the printing user sees it.",
      },
    },
    matters: {
      actions: { printApprovalForm: 'Print processing record' },
    },
  },
};
