import { AuditService } from '@app/audit';
import { AppConfig, FixedClock } from '@app/core';
import { DeliveryView } from '@app/deliveries';
import { OrganizationEntity } from '@app/directory';
import { Principal, Role } from '@app/identity';
import { SuggestionCategory, SuggestionView } from '@app/suggestions';
import { DataSource } from 'typeorm';
import { DEMO_ORGANIZATIONS, DemoUser } from './demo-directory.data';
import { letterKit, LetterKit, principalOf } from './demo-letters.kit';
import { seedDirectory } from './seed-directory';

/** Clerks of the agencies the demo letters go to (the directory seed has only a few). */
const LETTER_USERS: DemoUser[] = [
  { username: 'lxzjj.clerk', displayName: '杨经办(兰溪市住建局)', org: 'AG-330781-ZJJ', roles: [Role.AGENCY_CLERK] },
  { username: 'jhgd.clerk', displayName: '朱经办(金华供电公司)', org: 'AG-330700-GD', roles: [Role.AGENCY_CLERK] },
  { username: 'jhzhzf.clerk', displayName: '秦经办(金华市执法局)', org: 'AG-330700-ZHZF', roles: [Role.AGENCY_CLERK] },
  { username: 'jhjt.clerk', displayName: '尤经办(金华市交通局)', org: 'AG-330700-JT', roles: [Role.AGENCY_CLERK] },
  { username: 'dps.clerk', displayName: '许经办(大盘山管理局)', org: 'AG-330727-DPS', roles: [Role.AGENCY_CLERK] },
  { username: 'ywhd.clerk', displayName: '何经办(义乌货代协会)', org: 'AG-330782-HDXH', roles: [Role.AGENCY_CLERK] },
  { username: 'lxrd.supervisor', displayName: '吕主任(兰溪市人大常委会)', org: 'NPC-330781', roles: [Role.SUPERVISOR] },
];

interface LetterSpec {
  title: string;
  category: SuggestionCategory;
  domain: string;
  major?: boolean;
  background: string;
  items: [string, string][];
  sourceCases: string[];
  legalBasis: string;
  main: string[];
  copy?: string[];
  replyPeriodMonths?: number;
}

const DAY = 86400000;

/**
 * Demo letters in every state, made through the services on a clock that starts 150 days ago.
 * Idempotent: does nothing when letters already exist.
 */
export async function seedDemoLetters(ds: DataSource, audit: AuditService, config: AppConfig): Promise<string> {
  const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM suggestions`);
  if (n > 0) return `demo letters: ${n} already present, left as they are`;
  const dir = await seedDirectory(ds, audit, config.demoPassword, DEMO_ORGANIZATIONS, LETTER_USERS);
  const all = await seedDirectory(ds, audit, config.demoPassword);
  for (const [k, v] of dir.users) all.users.set(k, v);
  const orgTypes = new Map((await ds.getRepository(OrganizationEntity).find()).map((o) => [o.id, o.type]));
  const who = (username: string): Principal => {
    const u = all.users.get(username);
    if (!u) throw new Error(`demo letters: no user ${username}`);
    return principalOf(u, orgTypes.get(u.organizationId)!);
  };
  const org = (code: string) => all.orgs.get(code)!.id;
  const start = new Date(Date.now() - 150 * DAY);
  start.setUTCHours(1, 30, 0, 0);
  const clock = new FixedClock(start);
  const at = (days: number, hours = 0) => clock.set(new Date(start.getTime() + days * DAY + hours * 3600000));
  const kit = letterKit(ds, config, clock);
  const L = new Letters(kit, who, org);

  // 1. 物业纠纷 (兰溪): the whole loop, archived.
  at(0);
  const wy = await L.issued('lx', SPEC.property, 0);
  at(1);
  let d = await L.act(wy, 'AG-330781-ZJJ', 'lxzjj.clerk', 'sign');
  await kit.actions.read(who('lxrd.supervisor'), L.delivery(wy, 'NPC-330781').id);
  at(20);
  d = await kit.replies.reply(who('lxzjj.clerk'), d.id, {
    content: '我局高度重视，已部署开展住宅小区物业服务专项整治。',
    measures: '建立物业服务质量评价和信用管理制度',
    items: L.stances(wy, ['ADOPT', 'ADOPT', 'PARTIAL']),
  });
  at(25);
  d = await kit.replies.evaluate(who('lx.admin'), d.id, { result: 'ADOPTED' as never, comment: '回复认真，措施具体', followUpDate: L.date(clock, 40) });
  at(55);
  d = await kit.replies.reportImplementation(who('lxzjj.clerk'), d.id, { status: 'IMPLEMENTED' as never, note: '已出台《兰溪市住宅小区物业服务考核办法》' });
  d = await kit.replies.confirmImplementation(who('lx.admin'), d.id, '经回访，物业纠纷收案数同比下降');
  d = await kit.replies.close(who('lx.admin'), d.id, '办结');
  at(60);
  await kit.approval.archive(who('lx.admin'), wy.id);

  // 2. 售楼处人脸识别 (兰溪, 综合治理类, 重大): 审委会, issued, adopted, implementing.
  at(30);
  const face = await L.inApproval('lx', SPEC.face);
  await kit.drafting.recordCommittee(who('lx.admin'), face.id, L.date(clock, -1), '审判委员会2次会议讨论通过，同意以综合治理类司法建议发出');
  const faceIssued = await kit.approval.approve(who('lx.leader'), face.id, 'APPROVE', '同意签发');
  at(31);
  d = await L.act(faceIssued, 'AG-330781-SCJG', 'lxscjg.clerk', 'sign');
  at(50);
  d = await kit.replies.reply(who('lxscjg.clerk'), d.id, {
    content: '已在全市售楼处开展个人信息保护专项检查。',
    items: L.stances(faceIssued, ['ADOPT', 'ADOPT']),
  });
  at(52);
  await kit.replies.evaluate(who('lx.admin'), d.id, { result: 'ADOPTED' as never, comment: '采纳', followUpDate: L.date(clock, 120) });

  // 3. 充电桩 (金华中院, 类案): one delivery per state.
  at(70);
  const ev = await L.issued('jh', SPEC.charging, 0);
  at(71);
  for (const [code, user] of [
    ['AG-330700-ZJJ', 'jhzjj.clerk'],
    ['AG-330700-FGW', 'jhfgw.clerk'],
    ['AG-330700-GD', 'jhgd.clerk'],
    ['AG-330700-ZHZF', 'jhzhzf.clerk'],
  ])
    await L.act(ev, code, user, 'sign');
  await kit.actions.reject(who('jhjt.clerk'), L.delivery(ev, 'AG-330700-JT').id, '小区内充电设施管理不属于本局职责，请转市住建局、供电公司');
  await kit.actions.read(who('jhrd.supervisor'), L.delivery(ev, 'NPC-330700').id);
  at(90);
  const zjj = L.delivery(ev, 'AG-330700-ZJJ').id;
  await kit.replies.reply(who('jhzjj.clerk'), zjj, { content: '我局将出台老旧小区充电设施建设指引。', items: L.stances(ev, ['ADOPT', 'PARTIAL', 'ADOPT']) });
  await kit.replies.approveReply(who('jhzjj.leader'), zjj);
  await kit.replies.reply(who('jhfgw.clerk'), L.delivery(ev, 'AG-330700-FGW').id, {
    content: '充电设施规划由我委统筹，但财政补贴暂无安排。',
    items: L.stances(ev, ['DECLINE', 'DECLINE', 'PARTIAL']),
  });
  await kit.replies.reply(who('jhgd.clerk'), L.delivery(ev, 'AG-330700-GD').id, {
    content: '已开通老旧小区报装绿色通道。',
    items: L.stances(ev, ['ADOPT', 'ADOPT', 'ADOPT']),
  });
  await kit.talk.postMessage(who('jhzhzf.clerk'), L.delivery(ev, 'AG-330700-ZHZF').id, '请问建议第三项中的“公共充电设施”是否包括非机动车充电棚？');
  at(91);
  await kit.talk.postMessage(who('jh.judge'), L.delivery(ev, 'AG-330700-ZHZF').id, '包括，电动自行车集中充电设施一并纳入。');
  await kit.talk.addSupervision(who('jhrd.supervisor'), L.delivery(ev, 'AG-330700-ZHZF').id, '请市执法局按期书面回复法院。');
  at(95);
  await kit.replies.evaluate(who('jh.admin'), zjj, { result: 'ADOPTED' as never, comment: '采纳', followUpDate: L.date(clock, 30) });
  await kit.replies.evaluate(who('jh.admin'), L.delivery(ev, 'AG-330700-FGW').id, { result: 'NOT_ADOPTED' as never, comment: '未采纳，理由已说明' });
  at(125);
  await kit.replies.reportImplementation(who('jhzjj.clerk'), zjj, { status: 'IMPLEMENTED' as never, note: '《金华市老旧小区电动汽车充电设施建设指引》已印发' });
  await kit.replies.confirmImplementation(who('jh.admin'), zjj, '经回访确认');
  const extended = await kit.actions.requestExtension(who('jhzhzf.clerk'), L.delivery(ev, 'AG-330700-ZHZF').id, '需会同各街道摸底', L.date(clock, 60));
  void extended;

  // 4. 货代行业 (金华中院 → 义乌货代协会): not adopted, closed; the letter closes.
  at(40);
  const hd = await L.issued('jh', SPEC.freight, 0);
  at(42);
  d = await L.act(hd, 'AG-330782-HDXH', 'ywhd.clerk', 'sign');
  at(60);
  d = await kit.replies.reply(who('ywhd.clerk'), d.id, { content: '协会无行政管理职权，已向会员转发风险提示。', items: L.stances(hd, ['PARTIAL', 'DECLINE']) });
  at(65);
  d = await kit.replies.evaluate(who('jh.admin'), d.id, { result: 'NOT_ADOPTED' as never, comment: '未采纳' });
  await kit.replies.close(who('jh.admin'), d.id, '结案');

  // 5. 大盘山保护区 (金华中院): just delivered, clock running.
  at(145);
  await L.issued('jh', SPEC.dapanshan, 0);

  // 6. Inside the court: draft, in review, returned, in approval; escalated (Art. 3); withdrawn.
  at(146);
  await L.draft('lx', SPEC.rental);
  const review = await L.draft('lx', SPEC.school);
  await kit.drafting.submit(who('lx.judge'), review.id);
  const back = await L.draft('lx', SPEC.loan);
  await kit.drafting.submit(who('lx.judge'), back.id);
  await kit.drafting.review(who('lx.head'), back.id, 'RETURN', '请补充近三年同类案件数量，并将第二项建议具体化');
  await L.inApproval('jh', SPEC.elderly);
  const up = await L.inApproval('lx', SPEC.cityProperty);
  await kit.approval.approve(who('lx.leader'), up.id, 'APPROVE', '主送市级部门，报请中院决定');
  const wd = await L.issued('lx', SPEC.wedding, 0);
  at(147);
  await kit.approval.withdraw(who('lx.admin'), wd.id, '涉案问题已由市场监管部门专项整治解决');

  const [{ total }] = await ds.query(`SELECT count(*)::int AS total FROM suggestions`);
  return `demo letters: ${total} letters in every state`;
}

/** Small steps the scenarios repeat. */
class Letters {
  constructor(
    private readonly kit: LetterKit,
    private readonly who: (u: string) => Principal,
    private readonly org: (code: string) => string,
  ) {}

  private body(s: LetterSpec) {
    return {
      title: s.title,
      category: s.category,
      domain: s.domain,
      major: s.major ?? false,
      background: s.background,
      items: s.items.map(([problem, recommendation]) => ({ problem, recommendation })),
      sourceCases: s.sourceCases,
      legalBasis: s.legalBasis,
      replyPeriodMonths: s.replyPeriodMonths ?? 2,
      contactName: '承办法官',
      contactPhone: '0579-88880000',
      recipients: [
        ...s.main.map((c) => ({ organizationId: this.org(c), kind: 'MAIN' as never })),
        ...(s.copy ?? []).map((c) => ({ organizationId: this.org(c), kind: 'COPY' as never })),
      ],
    };
  }

  draft(court: 'lx' | 'jh', s: LetterSpec): Promise<SuggestionView> {
    return this.kit.drafting.create(this.who(`${court}.judge`), this.body(s));
  }

  async inApproval(court: 'lx' | 'jh', s: LetterSpec): Promise<SuggestionView> {
    const l = await this.draft(court, s);
    await this.kit.drafting.submit(this.who(`${court}.judge`), l.id);
    return this.kit.drafting.review(this.who(`${court}.head`), l.id, 'APPROVE', '同意，报院领导签发');
  }

  async issued(court: 'lx' | 'jh', s: LetterSpec, _day: number): Promise<SuggestionView> {
    const l = await this.inApproval(court, s);
    return this.kit.approval.approve(this.who(`${court}.leader`), l.id, 'APPROVE', '同意签发');
  }

  delivery(l: SuggestionView, code: string): DeliveryView {
    const d = l.deliveries.find((x) => x.organizationId === this.org(code));
    if (!d) throw new Error(`demo letters: ${l.title} has no delivery to ${code}`);
    return d;
  }

  act(l: SuggestionView, code: string, user: string, _what: 'sign'): Promise<DeliveryView> {
    return this.kit.actions.sign(this.who(user), this.delivery(l, code).id);
  }

  stances(l: SuggestionView, s: string[]) {
    return l.items.map((it, i) => ({ index: it.index, stance: s[i] as never, note: s[i] === 'DECLINE' ? '超出本单位职权范围' : '已部署落实' }));
  }

  date(clock: FixedClock, plusDays: number): string {
    return new Date(clock.now().getTime() + plusDays * DAY + 8 * 3600000).toISOString().slice(0, 10);
  }
}

const SPEC = {
  property: {
    title: '关于加强住宅小区物业服务监管的司法建议',
    category: SuggestionCategory.CLASS_CASE,
    domain: '物业管理',
    background: '2024年以来本院受理物业服务合同纠纷案件同比上升41%，集中反映物业服务质量不达标、公共收益不公开等问题。',
    items: [
      ['物业服务企业服务标准不明确，业主拒缴物业费引发批量诉讼', '制定物业服务等级标准并向业主公示'],
      ['公共收益账目不公开', '督促物业服务企业按季度公开公共收益收支'],
      ['业主委员会组建率低', '指导街道、社区推动业主委员会组建'],
    ],
    sourceCases: ['(2024)浙0781民初2101号', '(2024)浙0781民初2356号'],
    legalBasis: '《物业管理条例》第六条、第三十五条',
    main: ['AG-330781-ZJJ'],
    copy: ['NPC-330781'],
  },
  face: {
    title: '关于规范售楼处人脸识别信息采集的司法建议',
    category: SuggestionCategory.GOVERNANCE,
    domain: '个人信息保护',
    major: true,
    background: '审理中发现多个楼盘售楼处未经同意采集购房人人脸信息，用于区分客户来源渠道。',
    items: [
      ['售楼处违规采集人脸信息', '开展售楼处人脸识别设备专项检查'],
      ['购房人维权渠道不畅', '畅通个人信息侵权投诉举报渠道'],
    ],
    sourceCases: ['(2024)浙0781民初3321号'],
    legalBasis: '《中华人民共和国个人信息保护法》第十三条、第二十六条',
    main: ['AG-330781-SCJG'],
    copy: ['NPC-330781'],
  },
  charging: {
    title: '关于规范老旧小区电动汽车充电桩建设管理的司法建议',
    category: SuggestionCategory.CLASS_CASE,
    domain: '城市管理',
    background: '全市法院受理涉充电桩纠纷127件，物业拒绝配合报装、电力容量不足、规划缺位问题突出。',
    items: [
      ['物业服务企业拒绝出具报装同意证明', '出台指引，明确物业配合报装义务'],
      ['老旧小区电力容量不足', '推进配电设施增容改造'],
      ['公共充电设施规划不足', '将公共充电设施纳入城市更新规划'],
    ],
    sourceCases: ['(2024)浙07民终1234号', '(2024)浙0702民初5678号'],
    legalBasis: '《中华人民共和国民法典》第二百七十八条',
    main: ['AG-330700-ZJJ', 'AG-330700-FGW', 'AG-330700-GD', 'AG-330700-ZHZF', 'AG-330700-JT'],
    copy: ['NPC-330700'],
  },
  freight: {
    title: '关于防范国际货运代理行业经营风险的司法建议',
    category: SuggestionCategory.CLASS_CASE,
    domain: '涉外商事',
    background: '义乌国际货代纠纷案件多发，挂靠经营、无单放货、虚开运费发票等风险集中。',
    items: [
      ['挂靠经营普遍，责任主体不清', '引导会员规范经营资质'],
      ['风险提示不足', '定期发布行业风险提示'],
    ],
    sourceCases: ['(2024)浙07民初88号'],
    legalBasis: '《中华人民共和国民法典》第九百一十九条',
    main: ['AG-330782-HDXH'],
  },
  dapanshan: {
    title: '关于加强大盘山国家级自然保护区生态保护的司法建议',
    category: SuggestionCategory.INDIVIDUAL_CASE,
    domain: '生态环境',
    background: '在审理一起非法采挖野生药材案件中发现保护区巡护、界桩设置存在薄弱环节。',
    items: [
      ['核心区界桩缺失', '补设界桩与警示标志'],
      ['巡护力量不足', '建立联合巡护机制'],
    ],
    sourceCases: ['(2025)浙07刑终45号'],
    legalBasis: '《中华人民共和国自然保护区条例》第二十六条',
    main: ['AG-330727-DPS'],
    replyPeriodMonths: 1,
  },
  rental: {
    title: '关于规范农村自建房出租安全管理的司法建议',
    category: SuggestionCategory.CLASS_CASE,
    domain: '安全生产',
    background: '农村自建房用于出租经营引发的人身损害纠纷增多。',
    items: [['自建房改变用途未经安全鉴定', '开展出租自建房安全排查']],
    sourceCases: ['(2025)浙0781民初101号'],
    legalBasis: '《中华人民共和国安全生产法》',
    main: ['AG-330781-ZJJ'],
  },
  school: {
    title: '关于加强校外培训机构预付费监管的司法建议',
    category: SuggestionCategory.CLASS_CASE,
    domain: '教育培训',
    background: '培训机构“爆雷”后学员退费纠纷集中。',
    items: [['预付费资金缺乏监管', '建立预付费资金存管制度']],
    sourceCases: ['(2025)浙0781民初222号'],
    legalBasis: '《中华人民共和国消费者权益保护法》第五十三条',
    main: ['AG-330781-SCJG'],
  },
  loan: {
    title: '关于防范民间借贷“套路贷”风险的司法建议',
    category: SuggestionCategory.INDIVIDUAL_CASE,
    domain: '金融风险',
    background: '审理中发现以小额贷款为名的“套路贷”案件。',
    items: [
      ['虚假宣传低息贷款', '加强广告监测'],
      ['合同格式条款不公平', '开展合同格式条款专项检查'],
    ],
    sourceCases: ['(2025)浙0781民初333号'],
    legalBasis: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》',
    main: ['AG-330781-SCJG'],
  },
  elderly: {
    title: '关于防范养老服务领域非法集资的司法建议',
    category: SuggestionCategory.WHITE_PAPER,
    domain: '养老服务',
    background: '以“养老公寓”“以房养老”为名的非法集资案件审判白皮书。',
    items: [['养老机构违规收取大额会员费', '建立养老机构预收费监管制度']],
    sourceCases: ['(2025)浙07刑初12号'],
    legalBasis: '《防范和处置非法集资条例》',
    main: ['AG-330700-SCJG'],
    copy: ['NPC-330700'],
  },
  cityProperty: {
    title: '关于统一全市物业费调价程序的工作建议',
    category: SuggestionCategory.CLASS_CASE,
    domain: '物业管理',
    background: '物业费调价程序不统一，需市级层面统一规范。',
    items: [['调价程序各区县不一', '出台全市统一的物业费调价指引']],
    sourceCases: ['(2025)浙0781民初444号'],
    legalBasis: '《物业管理条例》',
    main: ['AG-330700-ZJJ'],
  },
  wedding: {
    title: '关于规范婚庆服务合同的司法建议',
    category: SuggestionCategory.INDIVIDUAL_CASE,
    domain: '消费者权益',
    background: '婚庆公司收取定金后违约的纠纷。',
    items: [['婚庆合同条款不规范', '推广婚庆服务合同示范文本']],
    sourceCases: ['(2025)浙0781民初555号'],
    legalBasis: '《中华人民共和国消费者权益保护法》',
    main: ['AG-330781-SCJG'],
    replyPeriodMonths: 1,
  },
} satisfies Record<string, LetterSpec>;
