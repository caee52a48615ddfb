import { OrganizationType } from '@app/directory';
import { Role } from '@app/identity';

/** One organization of the demo directory; `parent` names another entry's `code`. */
export interface DemoOrganization {
  code: string;
  /** A court's 法院代字 (case numbers find their court by it). */
  caseCode?: string;
  type: OrganizationType;
  name: string;
  shortName: string;
  regionCode: string;
  parent?: string;
  emails?: string[];
  replyNeedsApproval?: boolean;
}

export interface DemoUser {
  username: string;
  displayName: string;
  org: string;
  roles: Role[];
  division?: string;
  email?: string;
}

const C = OrganizationType.COURT;
const A = OrganizationType.AGENCY;

/** 浙江 → 金华: real names, real 行政区划 codes. */
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { code: 'OPS-330000', type: OrganizationType.OTHER, name: '司法建议平台运维中心', shortName: '运维中心', regionCode: '330000' },
  { code: 'COURT-330000', caseCode: '浙', type: C, name: '浙江省高级人民法院', shortName: '浙高', regionCode: '330000', emails: ['yjs@zjcourt.demo'] },
  {
    code: 'COURT-330700',
    caseCode: '浙07',
    type: C,
    name: '金华市中级人民法院',
    shortName: '金中',
    regionCode: '330700',
    parent: 'COURT-330000',
    emails: ['yjs@jhcourt.demo'],
  },
  {
    code: 'COURT-330781',
    caseCode: '浙0781',
    type: C,
    name: '兰溪市人民法院',
    shortName: '兰溪',
    regionCode: '330781',
    parent: 'COURT-330700',
    emails: ['bgs@lxcourt.demo'],
  },
  { code: 'COURT-330782', caseCode: '浙0782', type: C, name: '义乌市人民法院', shortName: '义乌', regionCode: '330782', parent: 'COURT-330700' },
  { code: 'COURT-330727', caseCode: '浙0727', type: C, name: '磐安县人民法院', shortName: '磐安', regionCode: '330727', parent: 'COURT-330700' },
  { code: 'COURT-330726', caseCode: '浙0726', type: C, name: '浦江县人民法院', shortName: '浦江', regionCode: '330726', parent: 'COURT-330700' },
  { code: 'COURT-330783', caseCode: '浙0783', type: C, name: '东阳市人民法院', shortName: '东阳', regionCode: '330783', parent: 'COURT-330700' },
  { code: 'COURT-330784', caseCode: '浙0784', type: C, name: '永康市人民法院', shortName: '永康', regionCode: '330784', parent: 'COURT-330700' },
  { code: 'COURT-330723', caseCode: '浙0723', type: C, name: '武义县人民法院', shortName: '武义', regionCode: '330723', parent: 'COURT-330700' },
  { code: 'COURT-330702', caseCode: '浙0702', type: C, name: '金华市婺城区人民法院', shortName: '婺城', regionCode: '330702', parent: 'COURT-330700' },
  { code: 'COURT-330703', caseCode: '浙0703', type: C, name: '金华市金东区人民法院', shortName: '金东', regionCode: '330703', parent: 'COURT-330700' },
  { code: 'COURT-330100', caseCode: '浙01', type: C, name: '杭州市中级人民法院', shortName: '杭中', regionCode: '330100', parent: 'COURT-330000' },
  { code: 'COURT-330106', caseCode: '浙0106', type: C, name: '杭州市西湖区人民法院', shortName: '西湖', regionCode: '330106', parent: 'COURT-330100' },

  { code: 'GOV-330700', type: A, name: '金华市人民政府', shortName: '金华市政府', regionCode: '330700', emails: ['zfb@jinhua.demo'] },
  {
    code: 'AG-330700-FGW',
    type: A,
    name: '金华市发展和改革委员会',
    shortName: '金华市发改委',
    regionCode: '330700',
    parent: 'GOV-330700',
    emails: ['fgw@jinhua.demo'],
  },
  {
    code: 'AG-330700-ZJJ',
    type: A,
    name: '金华市住房和城乡建设局',
    shortName: '金华市住建局',
    regionCode: '330700',
    parent: 'GOV-330700',
    emails: ['zjj@jinhua.demo'],
    replyNeedsApproval: true,
  },
  {
    code: 'AG-330700-SCJG',
    type: A,
    name: '金华市市场监督管理局',
    shortName: '金华市市场监管局',
    regionCode: '330700',
    parent: 'GOV-330700',
    emails: ['scjg@jinhua.demo'],
  },
  {
    code: 'AG-330700-ZRZY',
    type: A,
    name: '金华市自然资源和规划局',
    shortName: '金华市资规局',
    regionCode: '330700',
    parent: 'GOV-330700',
    emails: ['zrzy@jinhua.demo'],
  },
  {
    code: 'AG-330700-JT',
    type: A,
    name: '金华市交通运输局',
    shortName: '金华市交通局',
    regionCode: '330700',
    parent: 'GOV-330700',
    emails: ['jtj@jinhua.demo'],
  },
  {
    code: 'AG-330700-ZHZF',
    type: A,
    name: '金华市综合行政执法局',
    shortName: '金华市执法局',
    regionCode: '330700',
    parent: 'GOV-330700',
    emails: ['zhzf@jinhua.demo'],
  },
  {
    code: 'AG-330700-YJ',
    type: A,
    name: '金华市应急管理局',
    shortName: '金华市应急局',
    regionCode: '330700',
    parent: 'GOV-330700',
    emails: ['yjj@jinhua.demo'],
  },
  { code: 'AG-330700-XF', type: A, name: '金华市消防救援支队', shortName: '金华消防支队', regionCode: '330700', emails: ['xf@jinhua.demo'] },
  { code: 'AG-330700-GA', type: A, name: '金华市公安局', shortName: '金华市公安局', regionCode: '330700', parent: 'GOV-330700', emails: ['gaj@jinhua.demo'] },
  { code: 'AG-330700-GD', type: A, name: '国网浙江省电力有限公司金华供电公司', shortName: '金华供电公司', regionCode: '330700', emails: ['gd@jinhua.demo'] },
  { code: 'AG-330700-SJ', type: A, name: '金华市数据局', shortName: '金华市数据局', regionCode: '330700', parent: 'GOV-330700', emails: ['sjj@jinhua.demo'] },
  { code: 'GOV-330781', type: A, name: '兰溪市人民政府', shortName: '兰溪市政府', regionCode: '330781', parent: 'GOV-330700', emails: ['zfb@lanxi.demo'] },
  {
    code: 'AG-330781-SCJG',
    type: A,
    name: '兰溪市市场监督管理局',
    shortName: '兰溪市市场监管局',
    regionCode: '330781',
    parent: 'AG-330700-SCJG',
    emails: ['scjg@lanxi.demo'],
  },
  {
    code: 'AG-330781-ZJJ',
    type: A,
    name: '兰溪市住房和城乡建设局',
    shortName: '兰溪市住建局',
    regionCode: '330781',
    parent: 'AG-330700-ZJJ',
    emails: ['zjj@lanxi.demo'],
  },
  { code: 'AG-330727-DPS', type: A, name: '大盘山国家级自然保护区管理局', shortName: '大盘山管理局', regionCode: '330727', emails: ['dps@panan.demo'] },
  {
    code: 'AG-330726-ZJJ',
    type: A,
    name: '浦江县住房和城乡建设局',
    shortName: '浦江县住建局',
    regionCode: '330726',
    parent: 'AG-330700-ZJJ',
    emails: ['zjj@pujiang.demo'],
  },
  { code: 'AG-330782-HDXH', type: A, name: '义乌市国际货运代理行业协会', shortName: '义乌货代协会', regionCode: '330782', emails: ['hdxh@yiwu.demo'] },
  {
    code: 'AG-330782-SCJG',
    type: A,
    name: '义乌市市场监督管理局',
    shortName: '义乌市市场监管局',
    regionCode: '330782',
    parent: 'AG-330700-SCJG',
    emails: ['scjg@yiwu.demo'],
  },
  { code: 'AG-330100-FG', type: A, name: '杭州市住房保障和房产管理局', shortName: '杭州市房管局', regionCode: '330100', emails: ['fgj@hangzhou.demo'] },

  { code: 'NPC-330700', type: OrganizationType.CONGRESS, name: '金华市人大常委会', shortName: '金华市人大', regionCode: '330700', emails: ['rd@jinhua.demo'] },
  {
    code: 'NPC-330781',
    type: OrganizationType.CONGRESS,
    name: '兰溪市人大常委会',
    shortName: '兰溪市人大',
    regionCode: '330781',
    parent: 'NPC-330700',
    emails: ['rd@lanxi.demo'],
  },
  {
    code: 'NPC-330100',
    type: OrganizationType.CONGRESS,
    name: '杭州市人大常委会',
    shortName: '杭州市人大',
    regionCode: '330100',
    emails: ['rd@hangzhou.demo'],
  },
  {
    code: 'PC-330700-ZFW',
    type: OrganizationType.PARTY_COMMITTEE,
    name: '中共金华市委政法委员会',
    shortName: '金华市委政法委',
    regionCode: '330700',
    emails: ['zfw@jinhua.demo'],
  },
];

/** One demo user per role (and a few more so every court-side flow can be walked). */
export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', org: 'OPS-330000', roles: [Role.SYS_ADMIN], email: 'admin@sifa.demo' },
  { username: 'lx.judge', displayName: '王承办(兰溪法院民一庭)', org: 'COURT-330781', roles: [Role.JUDGE], division: '民一庭', email: 'lx.judge@lxcourt.demo' },
  {
    username: 'lx.head',
    displayName: '李庭长(兰溪法院民一庭)',
    org: 'COURT-330781',
    roles: [Role.DIVISION_HEAD],
    division: '民一庭',
    email: 'lx.head@lxcourt.demo',
  },
  { username: 'lx.leader', displayName: '陈院长(兰溪法院)', org: 'COURT-330781', roles: [Role.COURT_LEADER], email: 'lx.leader@lxcourt.demo' },
  { username: 'lx.admin', displayName: '赵研究室(兰溪法院)', org: 'COURT-330781', roles: [Role.COURT_ADMIN], email: 'lx.admin@lxcourt.demo' },
  { username: 'jh.judge', displayName: '周承办(金华中院民二庭)', org: 'COURT-330700', roles: [Role.JUDGE], division: '民二庭', email: 'jh.judge@jhcourt.demo' },
  {
    username: 'jh.head',
    displayName: '吴庭长(金华中院民二庭)',
    org: 'COURT-330700',
    roles: [Role.DIVISION_HEAD],
    division: '民二庭',
    email: 'jh.head@jhcourt.demo',
  },
  { username: 'jh.leader', displayName: '郑副院长(金华中院)', org: 'COURT-330700', roles: [Role.COURT_LEADER], email: 'jh.leader@jhcourt.demo' },
  { username: 'jh.admin', displayName: '孙研究室(金华中院)', org: 'COURT-330700', roles: [Role.COURT_ADMIN], email: 'jh.admin@jhcourt.demo' },
  { username: 'zj.admin', displayName: '钱研究室(浙江高院)', org: 'COURT-330000', roles: [Role.COURT_ADMIN], email: 'zj.admin@zjcourt.demo' },
  { username: 'jhzjj.clerk', displayName: '冯经办(金华市住建局)', org: 'AG-330700-ZJJ', roles: [Role.AGENCY_CLERK], email: 'clerk@zjj.jinhua.demo' },
  { username: 'jhzjj.leader', displayName: '褚局长(金华市住建局)', org: 'AG-330700-ZJJ', roles: [Role.AGENCY_LEADER], email: 'leader@zjj.jinhua.demo' },
  { username: 'lxscjg.clerk', displayName: '卫经办(兰溪市市场监管局)', org: 'AG-330781-SCJG', roles: [Role.AGENCY_CLERK], email: 'clerk@scjg.lanxi.demo' },
  { username: 'lxscjg.leader', displayName: '蒋局长(兰溪市市场监管局)', org: 'AG-330781-SCJG', roles: [Role.AGENCY_LEADER], email: 'leader@scjg.lanxi.demo' },
  { username: 'jhfgw.clerk', displayName: '沈经办(金华市发改委)', org: 'AG-330700-FGW', roles: [Role.AGENCY_CLERK], email: 'clerk@fgw.jinhua.demo' },
  { username: 'jhrd.supervisor', displayName: '韩主任(金华市人大常委会)', org: 'NPC-330700', roles: [Role.SUPERVISOR], email: 'supervisor@rd.jinhua.demo' },
];
