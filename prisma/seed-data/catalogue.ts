import { APPLICATION_SAMPLE } from './disclosure';

/** The demo catalogue: service items of a township service centre, from the usual 便民服务中心 lists. */
type Kind = 'IMMEDIATE' | 'PROMISED' | 'JOINT' | 'REPORTED';
interface SeedMaterial {
  code: string;
  name: string;
  required?: boolean;
  deficiencyAllowed?: boolean;
  note?: string;
  sample?: string;
}
/** 收费标准: amount in fen per unit, with the document that sets it */
export interface SeedFee {
  code: string;
  name: string;
  amountFen: number;
  unit: string;
  basis: string;
}
export interface SeedItem {
  code: string;
  name: string;
  nameEn: string;
  kind: Kind;
  lead: string;
  co?: string[];
  legalBasis: string;
  conditions: string;
  promisedDays: number;
  statutoryDays: number;
  fees?: string;
  delivery: string[];
  procedureKey: string;
  materials: SeedMaterial[];
  feeLines?: SeedFee[];
}

const ID = { code: 'ID_CARD', name: '申请人居民身份证' };
const HUKOU = { code: 'HUKOU', name: '户口簿' };
const APPLICATION = { code: 'APPLICATION', name: '申请书（表）', sample: APPLICATION_SAMPLE };
const PHOTO = { code: 'PHOTO', name: '近期免冠照片', required: false, deficiencyAllowed: true };
const ONSITE_MAIL = ['ONSITE', 'MAIL'];

export const CATALOGUE: SeedItem[] = [
  {
    code: 'MZ-001',
    name: '最低生活保障申请',
    nameEn: 'Minimum living allowance (dibao)',
    kind: 'PROMISED',
    lead: 'MINZHENG',
    legalBasis: '《社会救助暂行办法》第九条至第十一条；《最低生活保障审核确认办法》',
    conditions: '持有本地户籍，家庭人均收入低于当地最低生活保障标准，且家庭财产状况符合规定。',
    promisedDays: 15,
    statutoryDays: 30,
    delivery: ONSITE_MAIL,
    procedureKey: 'promised',
    materials: [
      APPLICATION,
      ID,
      HUKOU,
      { code: 'INCOME', name: '家庭收入情况说明', deficiencyAllowed: true },
      { code: 'ASSETS', name: '家庭财产申报表' },
      { code: 'AUTH', name: '家庭经济状况核对授权书' },
    ],
  },
  {
    code: 'MZ-002',
    name: '临时救助申请',
    nameEn: 'Temporary assistance',
    kind: 'PROMISED',
    lead: 'MINZHENG',
    legalBasis: '《社会救助暂行办法》第四十七条至第五十条',
    conditions: '因火灾、交通事故、突发重大疾病等意外事件，导致基本生活暂时出现严重困难的家庭或个人。',
    promisedDays: 5,
    statutoryDays: 10,
    delivery: ONSITE_MAIL,
    procedureKey: 'rejected',
    materials: [
      APPLICATION,
      ID,
      { code: 'HARDSHIP', name: '困难情况证明材料（医疗票据、事故证明等）', deficiencyAllowed: true },
    ],
  },
  {
    code: 'MZ-003',
    name: '特困人员（五保）供养申请',
    nameEn: 'Support for persons in extreme poverty (wubao)',
    kind: 'PROMISED',
    lead: 'MINZHENG',
    legalBasis: '《社会救助暂行办法》第十四条；《特困人员认定办法》',
    conditions:
      '无劳动能力、无生活来源，且无法定赡养、抚养、扶养义务人或其义务人无履行能力的老年人、残疾人以及未成年人。',
    promisedDays: 15,
    statutoryDays: 20,
    delivery: ONSITE_MAIL,
    procedureKey: 'promised',
    materials: [APPLICATION, ID, HUKOU, { code: 'DISABILITY', name: '残疾人证或劳动能力鉴定材料', required: false }],
  },
  {
    code: 'MZ-004',
    name: '高龄津贴申请',
    nameEn: 'Allowance for the very old',
    kind: 'IMMEDIATE',
    lead: 'MINZHENG',
    legalBasis: '《中华人民共和国老年人权益保障法》第三十三条；省高龄津贴实施办法',
    conditions: '具有本地户籍、年满80周岁的老年人。',
    promisedDays: 0,
    statutoryDays: 5,
    delivery: ['ONSITE'],
    procedureKey: 'immediate',
    materials: [ID, HUKOU, { code: 'BANK', name: '本人银行账户（社保卡）' }],
  },
  {
    code: 'MZ-005',
    name: '惠民殡葬补助申请',
    nameEn: 'Funeral subsidy',
    kind: 'PROMISED',
    lead: 'MINZHENG',
    legalBasis: '《殡葬管理条例》；省惠民殡葬政策实施意见',
    conditions: '本地户籍居民去世并在殡仪馆火化的，由其家属申请基本殡葬服务费用补助。',
    promisedDays: 5,
    statutoryDays: 10,
    delivery: ONSITE_MAIL,
    procedureKey: 'promised',
    materials: [
      APPLICATION,
      { code: 'DEATH', name: '居民死亡医学证明（推断）书' },
      { code: 'CREMATION', name: '火化证明' },
      ID,
    ],
  },
  {
    code: 'CL-001',
    name: '残疾人证核发（新办）',
    nameEn: 'Disability certificate (first issue)',
    kind: 'REPORTED',
    lead: 'CANLIAN',
    legalBasis: '《中华人民共和国残疾人保障法》；《中国残疾人实名制管理办法》（中国残联）',
    conditions: '符合残疾标准的本地户籍居民；经指定医疗机构评定后，由县级残联审核发证。',
    promisedDays: 20,
    statutoryDays: 30,
    delivery: ONSITE_MAIL,
    procedureKey: 'reported',
    materials: [APPLICATION, ID, HUKOU, PHOTO, { code: 'ASSESSMENT', name: '残疾评定表（指定医疗机构出具）' }],
  },
  {
    code: 'CL-002',
    name: '困难残疾人生活补贴和重度残疾人护理补贴申请',
    nameEn: 'Disability living and care subsidies',
    kind: 'PROMISED',
    lead: 'CANLIAN',
    legalBasis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
    conditions: '持有第二代残疾人证，属于低保家庭的残疾人或残疾等级为一、二级的重度残疾人。',
    promisedDays: 10,
    statutoryDays: 20,
    delivery: ONSITE_MAIL,
    procedureKey: 'promised',
    materials: [APPLICATION, ID, { code: 'DISABILITY_CARD', name: '第二代残疾人证' }],
  },
  {
    code: 'WJ-001',
    name: '生育登记服务',
    nameEn: 'Birth registration service',
    kind: 'IMMEDIATE',
    lead: 'WEIJIAN',
    legalBasis: '《中华人民共和国人口与计划生育法》；省生育登记服务管理办法',
    conditions: '夫妻双方或一方为本地户籍，或在本地居住的育龄夫妻。',
    promisedDays: 0,
    statutoryDays: 1,
    delivery: ['ONSITE'],
    procedureKey: 'immediate',
    materials: [ID, { code: 'MARRIAGE', name: '结婚证', required: false, deficiencyAllowed: true }],
  },
  {
    code: 'WJ-002',
    name: '独生子女父母光荣证办理',
    nameEn: 'Honour certificate for parents of an only child',
    kind: 'PROMISED',
    lead: 'WEIJIAN',
    legalBasis: '《中华人民共和国人口与计划生育法》第二十七条；省人口与计划生育条例',
    conditions: '按规定只生育一个子女并自愿终身只生育一个子女的夫妻。',
    promisedDays: 5,
    statutoryDays: 10,
    delivery: ONSITE_MAIL,
    procedureKey: 'promised',
    materials: [APPLICATION, ID, { code: 'MARRIAGE', name: '结婚证' }, { code: 'BIRTH', name: '子女出生医学证明' }],
  },
  {
    code: 'WJ-003',
    name: '计划生育家庭特别扶助金申请',
    nameEn: 'Special support for family-planning households',
    kind: 'REPORTED',
    lead: 'WEIJIAN',
    legalBasis: '《全国独生子女伤残死亡家庭扶助制度试点方案》；省特别扶助制度实施办法',
    conditions: '独生子女伤残或死亡、未再生育或收养子女、女方年满49周岁的夫妻。',
    promisedDays: 20,
    statutoryDays: 30,
    delivery: ONSITE_MAIL,
    procedureKey: 'reported',
    materials: [APPLICATION, ID, HUKOU, { code: 'PROOF', name: '子女伤残或死亡证明' }],
  },
  {
    code: 'RS-001',
    name: '失业登记',
    nameEn: 'Unemployment registration',
    kind: 'IMMEDIATE',
    lead: 'RENSHE',
    legalBasis: '《就业服务与就业管理规定》第六十一条至第六十三条',
    conditions: '法定劳动年龄内、有劳动能力和就业要求、处于无业状态的城乡劳动者。',
    promisedDays: 0,
    statutoryDays: 1,
    delivery: ['ONSITE'],
    procedureKey: 'immediate',
    materials: [ID, { code: 'TERMINATION', name: '解除或终止劳动关系证明', required: false }],
  },
  {
    code: 'RS-002',
    name: '就业困难人员认定（就业援助）',
    nameEn: 'Recognition for employment assistance',
    kind: 'PROMISED',
    lead: 'RENSHE',
    legalBasis: '《中华人民共和国就业促进法》第五十二条；《就业服务与就业管理规定》',
    conditions: '已办理失业登记，且属于大龄、残疾、零就业家庭、低保家庭等就业困难人员。',
    promisedDays: 10,
    statutoryDays: 15,
    delivery: ONSITE_MAIL,
    procedureKey: 'promised',
    materials: [
      APPLICATION,
      ID,
      { code: 'UNEMPLOYED', name: '失业登记证明' },
      { code: 'HARDSHIP', name: '就业困难情形证明', deficiencyAllowed: true },
    ],
  },
  {
    code: 'RS-003',
    name: '城乡居民基本养老保险参保登记',
    nameEn: 'Rural and urban residents pension enrolment',
    kind: 'IMMEDIATE',
    lead: 'RENSHE',
    legalBasis: '《中华人民共和国社会保险法》；《国务院关于建立统一的城乡居民基本养老保险制度的意见》',
    conditions:
      '年满16周岁（不含在校学生）、非国家机关和事业单位工作人员、不属于职工基本养老保险覆盖范围的本地户籍居民。',
    promisedDays: 0,
    statutoryDays: 1,
    delivery: ['ONSITE'],
    procedureKey: 'immediate',
    materials: [ID, HUKOU],
  },
  {
    code: 'ZR-001',
    name: '农村宅基地审批（乡镇初审）',
    nameEn: 'Rural homestead application (township review)',
    kind: 'JOINT',
    lead: 'ZIRAN',
    co: ['NONGYE', 'ZHUJIAN'],
    legalBasis:
      '《中华人民共和国土地管理法》第六十二条；《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）',
    conditions: '本集体经济组织成员，符合"一户一宅"，用地符合国土空间规划和村庄规划。',
    promisedDays: 20,
    statutoryDays: 20,
    delivery: ONSITE_MAIL,
    procedureKey: 'joint',
    materials: [
      { code: 'HOMESTEAD_FORM', name: '农村宅基地和建房（规划许可）申请表' },
      ID,
      HUKOU,
      { code: 'VILLAGE_OPINION', name: '村民小组会议记录和村委会审查意见' },
      { code: 'SITE_PLAN', name: '宅基地坐落平面位置图', deficiencyAllowed: true },
    ],
  },
  {
    code: 'ZJ-001',
    name: '乡村建设规划许可（农村村民住宅）',
    nameEn: 'Rural construction planning permit (village housing)',
    kind: 'JOINT',
    lead: 'ZHUJIAN',
    co: ['ZIRAN', 'NONGYE'],
    legalBasis: '《中华人民共和国城乡规划法》第四十一条',
    conditions: '在乡、村庄规划区内使用原有宅基地进行农村村民住宅建设。',
    promisedDays: 20,
    statutoryDays: 20,
    delivery: ONSITE_MAIL,
    procedureKey: 'joint',
    materials: [
      APPLICATION,
      ID,
      { code: 'DRAWINGS', name: '农房设计图或通用图', deficiencyAllowed: true },
      { code: 'LAND', name: '宅基地使用权证明' },
    ],
  },
  {
    code: 'ZR-002',
    name: '不动产登记（宅基地使用权及房屋所有权首次登记）',
    nameEn: 'Real estate registration (homestead and house, first registration)',
    kind: 'PROMISED',
    lead: 'ZIRAN',
    legalBasis: '《不动产登记暂行条例》第二十条；《不动产登记暂行条例实施细则》第四十一条至第四十三条',
    conditions: '依法取得宅基地使用权并建成房屋，权属清楚、界址清楚、面积准确。',
    promisedDays: 10,
    statutoryDays: 30,
    delivery: ONSITE_MAIL,
    procedureKey: 'promised',
    materials: [
      APPLICATION,
      ID,
      HUKOU,
      { code: 'HOMESTEAD_APPROVAL', name: '宅基地批准文件' },
      { code: 'SURVEY', name: '不动产权籍调查表、宗地图及房屋平面图' },
    ],
    feeLines: [
      {
        code: 'CERT',
        name: '不动产权属证书工本费',
        amountFen: 1000,
        unit: '每本',
        basis:
          '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）：宅基地使用权及房屋所有权登记只收取证书工本费，每本 10 元',
      },
    ],
  },
  {
    code: 'NY-001',
    name: '耕地地力保护补贴申报（惠农补贴）',
    nameEn: 'Farmland fertility protection subsidy',
    kind: 'PROMISED',
    lead: 'NONGYE',
    legalBasis: '《农业相关转移支付资金管理办法》；省耕地地力保护补贴实施方案',
    conditions: '拥有耕地承包权的种地农民，补贴面积以确权面积为准。',
    promisedDays: 10,
    statutoryDays: 20,
    delivery: ['ONSITE'],
    procedureKey: 'promised',
    materials: [
      APPLICATION,
      ID,
      { code: 'CONTRACT', name: '农村土地承包经营权证' },
      { code: 'BANK', name: '"一卡通"账户' },
    ],
  },
  {
    code: 'NY-002',
    name: '农机购置与应用补贴申请',
    nameEn: 'Agricultural machinery purchase subsidy',
    kind: 'REPORTED',
    lead: 'NONGYE',
    legalBasis: '《农机购置与应用补贴实施指导意见》（农业农村部、财政部）',
    conditions: '从事农业生产的个人和农业生产经营组织，购置列入补贴范围的机具。',
    promisedDays: 15,
    statutoryDays: 30,
    delivery: ['ONSITE'],
    procedureKey: 'reported',
    materials: [
      APPLICATION,
      ID,
      { code: 'INVOICE', name: '购机发票' },
      { code: 'MACHINE_PHOTO', name: '机具铭牌及人机合影照片', deficiencyAllowed: true },
    ],
  },
  {
    // 投诉: a complaint is a matter of this item (domain/complaints.ts); the department concerned replies
    code: 'TS-001',
    name: '投诉受理',
    nameEn: 'Complaints',
    kind: 'PROMISED',
    lead: 'CENTRE',
    legalBasis:
      '《信访工作条例》第三十一条、第三十二条；《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》（国办发〔2019〕51号）',
    conditions:
      '对中心办件、窗口或工作人员的服务有意见的群众，可在窗口当面投诉、拨打投诉电话或在网上投诉，须留下联系电话以便答复和查询。',
    promisedDays: 5,
    statutoryDays: 15,
    delivery: ['ONSITE'],
    procedureKey: 'complaint',
    materials: [],
  },
];
