/** The demo centre's public particulars (办事公开) and its village agent's card. Demo data only. */
export const CENTRE_PROFILE = {
  name: '城关镇便民服务中心',
  address: '城关镇人民路 88 号便民服务中心一楼大厅',
  hours: '工作日 上午 8:30–12:00，下午 14:00–17:30（法定节假日除外）',
  phone: '0731-8888 1234',
  complaintPhone: '0731-8888 1200',
  discipline: [
    '按时上下班，不迟到、不早退、不脱岗',
    '佩戴工作牌，亮明身份，文明用语，热情服务',
    '不推诿、不刁难、不吃拿卡要',
    '严格执行首问责任制、一次性告知制和限时办结制',
    '收费项目、标准和依据一律公开，不多收、不乱收',
  ],
  commitments: [
    '材料齐全的即办件当场办结',
    '承诺件在承诺时限内办结，超时的追究责任',
    '材料不全的一次性书面告知所缺全部材料',
    '投诉在 5 个工作日内答复',
    '代办员免费全程代办，不收取任何代办费用',
  ],
};

export const AGENT_CARDS = [
  { username: 'agent', phone: '13907310001', note: '东村全村代办：低保、高龄津贴、残疾人证、宅基地等事项' },
];

/** 填写样例 of the application form, shown in the public guide */
export const APPLICATION_SAMPLE =
  '申请人：张三（与身份证一致）；身份证号：430100********1234；申请事项：照指南名称填写；申请理由：写明家庭情况与申请原因；日期与签名：本人签字并按手印。';

/** 职责栏: the demo staff's posts and duties */
export const STAFF_DUTIES = [
  { username: 'manager', post: '中心主任', duties: '主持中心全面工作，负责督查督办、责任追究和投诉处理' },
  { username: 'clerk', post: '1号综合受理窗口', duties: '各类事项的咨询、受理、一次性告知、收费和结果送达' },
  {
    username: 'clerk2',
    post: '2号综合受理窗口',
    duties: '各类事项的咨询、受理、一次性告知、收费和结果送达；1号窗口的 B 岗',
  },
  { username: 'minzheng', post: '民政办', duties: '低保、临时救助、特困供养、高龄津贴和殡葬补助的审查审批' },
  { username: 'minzheng2', post: '民政办', duties: '民政事项审查、入户调查；张民政的 B 岗' },
  { username: 'ziran', post: '自然资源所', duties: '宅基地审批、不动产登记初审和现场勘察' },
  { username: 'agent', post: '东村便民服务站', duties: '东村群众事项的全程代办' },
];
