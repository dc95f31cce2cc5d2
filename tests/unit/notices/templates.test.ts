import {
  APPLICANT_NOTICE_KINDS,
  maskEmail,
  placeholdersIn,
  renderTemplate,
  templateProblems,
  unknownPlaceholders,
} from '../../../domain/notices';
import { owedMaterialsText, placeholderValues, renderNotice } from '../../../platform/notices/notice-render';
import { NOTICE_TEMPLATES } from '../../../prisma/seed-data/notice-templates';

const matter = {
  receiptNo: 'SL20261207001',
  itemName: '最低生活保障申请',
  acceptedOn: '2026-12-07',
  dueDate: '2026-12-28',
  provisional: false,
  materials: [
    { code: 'A', name: '身份证', owed: false, dueDate: null },
    { code: 'B', name: '户口簿', owed: true, dueDate: '2026-12-10' },
    { code: 'C', name: '收入证明', owed: true, dueDate: null },
  ],
};

describe('notice templates', () => {
  it('fills each placeholder and leaves the rest of the text alone', () => {
    expect(renderTemplate('受理编号 {receiptNo}，{itemName}；{receiptNo}', { receiptNo: 'X1', itemName: '低保' })).toBe(
      '受理编号 X1，低保；X1',
    );
  });

  it('leaves braces that are not a placeholder as they are, and empties a placeholder without a value', () => {
    expect(renderTemplate('{ 1 } {} {missing}!', {})).toBe('{ 1 } {} !');
  });

  it('lists the placeholders a text uses, each once', () => {
    expect(placeholdersIn('{a}{b}{a} {c1} {1x}')).toEqual(['a', 'b', 'c1']);
  });

  it('knows which placeholders a kind offers: the matter’s and its own', () => {
    expect(unknownPlaceholders('ACCEPTED', '{receiptNo}{lookupUrl}{dueDate}{itemName}{acceptedDate}')).toEqual([]);
    expect(unknownPlaceholders('REJECTED', '{reason}')).toEqual([]);
    expect(unknownPlaceholders('ACCEPTED', '{reason}{receiptNumber}')).toEqual(['reason', 'receiptNumber']);
  });

  it('names each field of a template with unknown placeholders', () => {
    expect(
      templateProblems('RESULT_SENT', {
        smsText: '{trackingNo}{foo}',
        emailSubject: '{receiptNo}',
        emailBody: '{bar}',
      }),
    ).toEqual([
      { field: 'smsText', unknown: ['foo'] },
      { field: 'emailBody', unknown: ['bar'] },
    ]);
  });

  it('seeds a valid template for every applicant notice', () => {
    expect(Object.keys(NOTICE_TEMPLATES).sort()).toEqual([...APPLICANT_NOTICE_KINDS].sort());
    for (const kind of APPLICANT_NOTICE_KINDS) {
      expect(templateProblems(kind, NOTICE_TEMPLATES[kind])).toEqual([]);
      expect(NOTICE_TEMPLATES[kind].smsText).toContain('{receiptNo}');
    }
  });

  it('masks an e-mail address down to its first character and domain', () => {
    expect(maskEmail('zhangsan@example.com')).toBe('z***@example.com');
    expect(maskEmail('not-an-address')).toBe('***');
  });
});

describe('what a notice says', () => {
  const lookup = 'https://zwfw.example.gov.cn/#/public/track';

  it('reads the matter’s placeholders, marking a provisional due date', () => {
    const values = placeholderValues({ ...matter, provisional: true }, null, lookup);
    expect(values).toMatchObject({
      receiptNo: 'SL20261207001',
      itemName: '最低生活保障申请',
      acceptedDate: '2026-12-07',
      dueDate: '2026-12-28（暂定）',
      lookupUrl: `${lookup}?receiptNo=SL20261207001`,
    });
  });

  it('lists the owed materials with their due dates', () => {
    expect(owedMaterialsText(matter.materials)).toBe('户口簿（2026-12-10 前）、收入证明');
    expect(owedMaterialsText(null)).toBe('');
  });

  it('lets the cause’s own values win, and ignores values that are not text', () => {
    const values = placeholderValues(matter, { owedMaterials: '户口簿', reason: '材料不清晰', n: 3 }, lookup);
    expect(values.owedMaterials).toBe('户口簿');
    expect(values.reason).toBe('材料不清晰');
    expect(values).not.toHaveProperty('n');
  });

  it('renders an SMS as text only and an e-mail with its subject', () => {
    const values = placeholderValues(matter, null, lookup);
    const sms = renderNotice('SMS', NOTICE_TEMPLATES.ACCEPTED, values);
    expect(sms).toEqual({ subject: null, text: expect.stringContaining('受理编号 SL20261207001') });
    expect(sms.text).toContain(`${lookup}?receiptNo=SL20261207001`);
    const mail = renderNotice('EMAIL', NOTICE_TEMPLATES.ACCEPTED, values);
    expect(mail.subject).toBe('【受理通知】最低生活保障申请（受理编号 SL20261207001）');
    expect(mail.text).toContain('承诺办结日期：2026-12-28');
    expect(mail.text).not.toMatch(/\{[A-Za-z]+\}/);
  });
});
