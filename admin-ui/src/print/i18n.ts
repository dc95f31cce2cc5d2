/** Print views: 受理回执, 一次性告知书, 不予受理通知书. */
export const zh = {
  ow: {
    print: {
      back: '返回',
      newIntake: '继续受理',
      print: '打印',
      openMatter: '查看办件',
      loadFailed: '打印数据加载失败',
      receipt: {
        title: '受理回执',
        number: '受理编号：',
        item: '申请事项',
        applicant: '申请人',
        acceptedAt: '受理时间',
        acceptedBy: '受理人 / 窗口',
        dueDate: '承诺办结日期',
        provisional: '（预计）',
        noDueDate: '即时办结',
        received: '已收材料',
        owed: '容缺待补材料',
        owedBy: '（请于 %{date} 前补交）',
        copies: '（%{copies} 份）',
        none: '无',
        provisionalNote:
          '注：办结日期所在年度的法定节假日安排尚未公布，上述日期为预计日期，安排公布后将重新计算并告知。',
        suspensionNote: '办理期间需要申请人补正材料的，补正时间不计入办理时限。',
        lookupHint:
          '办件进度查询：凭受理编号 %{receiptNo} 和申请时登记的手机号码后 4 位，在“办件进度查询”页面或到窗口查询。',
      },
      signatures: {
        clerk: '受理人（签字）：',
        applicant: '申请人（签字）：',
        seal: '%{centre}（盖章）',
      },
      notice: {
        number: '编号：',
        salutation: '%{name}：',
        legalBasis: '依据：%{basis}',
        issuedBy: '经办人：%{name}',
        issuedAt: '%{date}',
        footer: '本文书一式两份，申请人和受理窗口各执一份。',
      },
      supplement: {
        title: '一次性告知书',
        intro:
          '您申请办理的“%{item}”事项，经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定，现一次性告知您需要补正的全部材料如下：',
        note: '其他事项：%{note}',
        next: '请按上述要求一次性补齐材料后，到窗口重新提交申请。补齐后符合条件的，本中心将当场受理。',
        remedies:
          '如对本告知内容有疑问，可向本中心咨询或投诉；本中心实行首问负责制和一次性告知制，不会要求您重复提交已告知范围以外的材料。',
      },
      rejection: {
        title: '退办通知书',
        number: '受理编号：',
        intro: '您于 %{date} 申请办理的“%{item}”事项，经审查，决定不予批准，现予退办。',
        noReason: '（见所附审查意见）',
      },
      refusal: {
        title: '不予受理通知书',
        intro: '您申请办理的“%{item}”事项，经审查，决定不予受理。',
        reason: '理由：%{reason}',
        remedies:
          '如不服本决定，可以自收到本通知书之日起六十日内依法申请行政复议，或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。',
      },
    },
  },
};

export const en: typeof zh = {
  ow: {
    print: {
      back: 'Back',
      newIntake: 'Next intake',
      print: 'Print',
      openMatter: 'Open the matter',
      loadFailed: 'Could not load the document',
      receipt: {
        title: 'Receipt of acceptance',
        number: 'Receipt number: ',
        item: 'Item applied for',
        applicant: 'Applicant',
        acceptedAt: 'Accepted at',
        acceptedBy: 'Accepted by / window',
        dueDate: 'Promised completion date',
        provisional: ' (provisional)',
        noDueDate: 'Completed on the spot',
        received: 'Materials received',
        owed: 'Materials to follow',
        owedBy: ' (due by %{date})',
        copies: ' (%{copies} copies)',
        none: 'None',
        provisionalNote:
          'Note: the holiday schedule of the due year is not published yet; the date above is provisional and will be recomputed, and you informed, once it is.',
        suspensionNote: 'Time waiting for materials you are asked to supply is not counted in the time limit.',
        lookupHint:
          'Progress lookup: use receipt number %{receiptNo} and the last 4 digits of the phone number you gave, on the progress lookup page or at the window.',
      },
      signatures: {
        clerk: 'Accepted by (signature): ',
        applicant: 'Applicant (signature): ',
        seal: '%{centre} (seal)',
      },
      notice: {
        number: 'Number: ',
        salutation: 'Dear %{name},',
        legalBasis: 'Legal basis: %{basis}',
        issuedBy: 'Handled by: %{name}',
        issuedAt: '%{date}',
        footer: 'This document is made out in two copies, one for the applicant and one for the window.',
      },
      supplement: {
        title: 'One-time notice of missing materials',
        intro:
          'Your application for "%{item}" is incomplete or not in due form. Under article 32 of the Administrative Licensing Law we list, at once, everything that must be supplied:',
        note: 'Further notes: %{note}',
        next: 'Please bring all of the above together and submit the application again at the window; if the conditions are then met, it is accepted on the spot.',
        remedies:
          'If anything in this notice is unclear, ask or complain at the centre. We follow the first-ask and one-time-notice rules: you will not be asked for materials beyond this list.',
      },
      rejection: {
        title: 'Notice of rejection',
        number: 'Receipt number: ',
        intro: 'Your application for "%{item}" of %{date} has been examined; it is not granted and is hereby returned.',
        noReason: '(see the attached review opinion)',
      },
      refusal: {
        title: 'Notice of non-acceptance',
        intro: 'Your application for "%{item}" has been examined; it is not accepted.',
        reason: 'Reasons: %{reason}',
        remedies:
          "If you disagree, you may apply for administrative reconsideration within 60 days of receiving this notice, or bring an administrative lawsuit before a people's court within six months.",
      },
    },
  },
};
