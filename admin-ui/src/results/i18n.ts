/** The matter page's results and delivery card, and the public verification page (出证、送达、核验). */
import { CARRIERS } from '../../../domain/delivery';
import { RESULT_TYPE_LABELS } from '../../../domain/result';

const names = (pick: (c: (typeof CARRIERS)[number]) => string) =>
  Object.fromEntries(CARRIERS.map((c) => [c.code, pick(c)]));
const types = (pick: (l: (typeof RESULT_TYPE_LABELS)['certificate']) => string) => ({
  certificate: pick(RESULT_TYPE_LABELS.certificate),
  approval: pick(RESULT_TYPE_LABELS.approval),
  notice: pick(RESULT_TYPE_LABELS.notice),
});

export const zh = {
  ow: {
    results: {
      title: '出证与送达',
      none: '尚未出具办理结果',
      loadFailed: '办理结果加载失败',
      failure: '出证失败，系统正在自动重试（已尝试 %{attempts} 次）：%{error}',
      issuedLine: '出具于 %{date} · %{validity}',
      validUntil: '有效期至 %{date}',
      noLimit: '长期有效',
      revokedLine: '已于 %{date} 由 %{by} 撤销，理由：%{reason}',
      verifyAt: '公开核验地址：',
      types: types((l) => l.zh),
      statuses: { VALID: '有效', REVOKED: '已撤销' },
      carriers: names((c) => c.zh),
      actions: {
        print: '打印',
        printResult: '打印办理结果 %{resultNo}',
        open: '查看',
        download: '下载',
        revoke: '撤销',
        enterWaybill: '登记邮寄单号',
        correctWaybill: '更正邮寄单号',
      },
      revoke: {
        title: '撤销办理结果',
        confirm: '确认撤销',
        warning: '撤销后，扫描 %{resultNo} 上的二维码将显示“已撤销”。此操作留痕，不可恢复。',
        reason: '撤销理由',
        reasonHelp: '理由和撤销日期将显示在公开核验页面上，请勿填写个人信息',
      },
      waybill: {
        title: '邮寄单号',
        confirm: '保存',
        carrier: '快递公司',
        trackingNo: '邮寄单号',
        trackingHelp: '按快递面单填写，系统会核对单号格式',
      },
      delivery: {
        method: '送达方式',
        carrier: '快递公司',
        trackingNo: '邮寄单号',
        awaiting: '待登记',
        signedBy: '签收人',
        terminalCode: '自助终端',
        at: '登记时间',
      },
      publicDelivery: {
        method: '送达方式',
        waybill: '快递单号',
        awaiting: '即将寄出，单号登记后可在此查询',
      },
      notifications: {
        revoked: '已撤销，公开核验页面已更新',
        waybillSaved: '邮寄单号已保存',
        failed: '操作失败：%{message}',
      },
    },
    verify: {
      title: '证照核验',
      subtitle: '一窗通办 · 办理结果真伪核验',
      checking: '正在核验…',
      resultNo: '编号',
      type: '类型',
      item: '办理事项',
      holder: '持有人',
      issuer: '发证机关',
      issuedOn: '发证日期',
      validity: '有效期',
      noLimit: '长期有效',
      validUntil: '至 %{date}',
      statuses: {
        VALID: '有效',
        REVOKED: '已撤销',
        EXPIRED: '已过期',
      },
      statusHints: {
        VALID: '该办理结果由上述机关出具，目前有效。',
        REVOKED: '该办理结果已于 %{date} 撤销，不再有效。',
        EXPIRED: '该办理结果已超过有效期。',
      },
      revokeReason: '撤销理由',
      holderNote: '为保护个人信息，持有人姓名仅显示姓氏。',
      errors: {
        notFound: '未找到该办理结果。请确认二维码或链接完整无误；如有疑问，请向发证机关咨询。',
        tooMany: '核验过于频繁，请稍后再试。',
        failed: '核验失败，请稍后再试。',
      },
    },
    matters: {
      events: {
        result: { revoked: '办理结果已撤销' },
        delivery: { waybill: '已登记邮寄单号' },
      },
    },
    public: {
      events: {
        result: { revoked: '办理结果已撤销' },
        delivery: { waybill: '结果已寄出' },
      },
    },
  },
};

export const en: typeof zh = {
  ow: {
    results: {
      title: 'Result and delivery',
      none: 'No result issued yet',
      loadFailed: 'Could not load the results',
      failure: 'Issuing the result failed; retrying automatically (%{attempts} attempts so far): %{error}',
      issuedLine: 'Issued %{date} · %{validity}',
      validUntil: 'valid until %{date}',
      noLimit: 'no time limit',
      revokedLine: 'Revoked %{date} by %{by}. Reason: %{reason}',
      verifyAt: 'Public verification:',
      types: types((l) => l.en),
      statuses: { VALID: 'Valid', REVOKED: 'Revoked' },
      carriers: names((c) => c.en),
      actions: {
        print: 'Print',
        printResult: 'Print result %{resultNo}',
        open: 'Open',
        download: 'Download',
        revoke: 'Revoke',
        enterWaybill: 'Enter tracking number',
        correctWaybill: 'Correct tracking number',
      },
      revoke: {
        title: 'Revoke the result',
        confirm: 'Revoke',
        warning: 'Once revoked, the QR code on %{resultNo} shows "revoked". This is audited and cannot be undone.',
        reason: 'Reason',
        reasonHelp: 'The reason and the date are shown on the public verification page: no personal data',
      },
      waybill: {
        title: 'Tracking number',
        confirm: 'Save',
        carrier: 'Carrier',
        trackingNo: 'Tracking number',
        trackingHelp: 'As printed on the waybill; its format is checked',
      },
      delivery: {
        method: 'Delivery',
        carrier: 'Carrier',
        trackingNo: 'Tracking number',
        awaiting: 'not entered yet',
        signedBy: 'Signed by',
        terminalCode: 'Terminal',
        at: 'Recorded',
      },
      publicDelivery: {
        method: 'Delivery',
        waybill: 'Tracking number',
        awaiting: 'Being mailed; the tracking number shows here once entered',
      },
      notifications: {
        revoked: 'Revoked; the public verification page says so',
        waybillSaved: 'Tracking number saved',
        failed: 'Failed: %{message}',
      },
    },
    verify: {
      title: 'Verify a result',
      subtitle: 'OneWindow · result verification',
      checking: 'Checking…',
      resultNo: 'Number',
      type: 'Type',
      item: 'Service',
      holder: 'Holder',
      issuer: 'Issued by',
      issuedOn: 'Issued on',
      validity: 'Valid',
      noLimit: 'No time limit',
      validUntil: 'until %{date}',
      statuses: {
        VALID: 'Valid',
        REVOKED: 'Revoked',
        EXPIRED: 'Expired',
      },
      statusHints: {
        VALID: 'This result was issued by the office above and is valid.',
        REVOKED: 'This result was revoked on %{date} and is no longer valid.',
        EXPIRED: 'This result is past its validity.',
      },
      revokeReason: 'Reason for revocation',
      holderNote: 'To protect personal data only the holder’s surname is shown.',
      errors: {
        notFound: 'No result found. Check that the QR code or link is complete; ask the issuing office if in doubt.',
        tooMany: 'Too many checks; try again later.',
        failed: 'Could not check; try again later.',
      },
    },
    matters: {
      events: {
        result: { revoked: 'Result revoked' },
        delivery: { waybill: 'Tracking number entered' },
      },
    },
    public: {
      events: {
        result: { revoked: 'Result revoked' },
        delivery: { waybill: 'Result mailed' },
      },
    },
  },
};
