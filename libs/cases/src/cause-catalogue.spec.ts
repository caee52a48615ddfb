import { CAUSE_CATALOGUE, findCause } from './cause-catalogue';

describe('案由 catalogue', () => {
  it('holds the 11 parts and the 54 second-level causes of the 2020 civil catalogue, and the administrative causes', () => {
    const civil = CAUSE_CATALOGUE.filter((c) => c.kind === 'CIVIL');
    expect(civil.filter((c) => c.level === 1)).toHaveLength(11);
    expect(civil.filter((c) => c.level === 2)).toHaveLength(54);
    expect(CAUSE_CATALOGUE.filter((c) => c.kind === 'ADMINISTRATIVE' && c.level === 2).length).toBeGreaterThan(15);
    expect(new Set(CAUSE_CATALOGUE.map((c) => c.code)).size).toBe(CAUSE_CATALOGUE.length);
  });

  /** Third-level causes under each second-level one: the official numbers (first–last) of the 2020 list. */
  const OFFICIAL_THIRD_LEVEL: Array<[string, number, number]> = [
    ['人格权纠纷', 1, 11],
    ['婚姻家庭纠纷', 12, 28],
    ['继承纠纷', 29, 34],
    ['不动产登记纠纷', 35, 36],
    ['物权保护纠纷', 37, 43],
    ['所有权纠纷', 44, 54],
    ['用益物权纠纷', 55, 66],
    ['担保物权纠纷', 67, 69],
    ['占有保护纠纷', 70, 73],
    ['合同纠纷', 74, 143],
    ['不当得利纠纷', 144, 144],
    ['无因管理纠纷', 145, 145],
    ['知识产权合同纠纷', 146, 157],
    ['不正当竞争纠纷', 173, 182],
    ['垄断纠纷', 183, 185],
    ['劳动争议', 186, 188],
    ['人事争议', 189, 192],
    ['海事海商纠纷', 193, 247],
    ['与企业有关的纠纷', 248, 261],
    ['合伙企业纠纷', 286, 288],
    ['与破产有关的纠纷', 289, 301],
    ['期货交易纠纷', 319, 329],
    ['信托纠纷', 330, 332],
    ['票据纠纷', 340, 350],
    ['信用证纠纷', 351, 356],
    ['独立保函纠纷', 357, 363],
    ['选民资格案件', 396, 396],
    ['宣告失踪、宣告死亡案件', 397, 401],
    ['认定自然人无民事行为能力、限制民事行为能力案件', 402, 405],
    ['指定遗产管理人案件', 406, 406],
    ['认定财产无主案件', 407, 408],
    ['确认调解协议案件', 409, 410],
    ['实现担保物权案件', 411, 412],
    ['监护权特别程序案件', 413, 417],
    ['督促程序案件', 418, 418],
    ['公示催告程序案件', 419, 419],
    ['公司清算案件', 420, 420],
    ['破产程序案件', 421, 424],
    ['申请诉前停止侵害知识产权案件', 425, 430],
    ['申请保全案件', 431, 441],
    ['申请人身安全保护令案件', 442, 442],
    ['申请人格权侵害禁令案件', 443, 443],
    ['仲裁程序案件', 444, 445],
    ['海事诉讼特别程序案件', 446, 452],
    ['申请承认与执行法院判决、仲裁裁决案件', 453, 463],
    ['与宣告失踪、宣告死亡案件有关的纠纷', 464, 465],
    ['第三人撤销之诉', 470, 470],
    ['执行程序中的异议之诉', 471, 473],
  ];
  /**
   * Second-level causes holding one entry more or less than the official list, from before codes were
   * frozen: a fourth-level cause kept at the third level (股东损害公司债权人利益责任纠纷, 证券虚假陈述责任纠纷,
   * 保险人代位求偿权纠纷), 商业秘密权属、侵权纠纷 and 个人信息保护民事公益诉讼 beside the official ones, and
   * 触电人身损害责任纠纷 kept at the fourth level.
   */
  const KEPT_DEVIATIONS: Array<[string, number, number, number]> = [
    ['知识产权权属、侵权纠纷', 158, 172, +1],
    ['与公司有关的纠纷', 262, 285, +1],
    ['证券纠纷', 302, 318, +1],
    ['保险纠纷', 333, 339, +1],
    ['侵权责任纠纷', 364, 395, -1],
    ['公益诉讼', 466, 469, +1],
  ];
  const secondLevel = (name: string) => CAUSE_CATALOGUE.find((c) => c.kind === 'CIVIL' && c.level === 2 && c.name === name)!;
  const childrenOf = (code: string) => CAUSE_CATALOGUE.filter((c) => c.parentCode === code);

  it('holds every third-level cause of the official list (numbers 1–473) under its second-level cause', () => {
    for (const [name, first, last] of OFFICIAL_THIRD_LEVEL) expect([name, childrenOf(secondLevel(name).code).length]).toEqual([name, last - first + 1]);
    for (const [name, first, last, kept] of KEPT_DEVIATIONS) expect([name, childrenOf(secondLevel(name).code).length]).toEqual([name, last - first + 1 + kept]);
    const partsOneToNine = CAUSE_CATALOGUE.filter((c) => c.kind === 'CIVIL' && c.level === 3 && c.code < 'M10');
    expect(partsOneToNine).toHaveLength(395 + 1 + 1 + 1 + 1 - 1);
    expect(CAUSE_CATALOGUE.filter((c) => c.kind === 'CIVIL' && c.level === 3)).toHaveLength(473 + 1 + 1 + 1 + 1 - 1 + 1);
  });

  it('holds the fourth-level causes of the official list under their parents', () => {
    const fourth = (name: string) => childrenOf(CAUSE_CATALOGUE.find((c) => c.level === 3 && c.name === name)!.code).map((c) => c.name);
    expect(fourth('抵押权纠纷')).toHaveLength(11);
    expect(fourth('质权纠纷')).toHaveLength(12);
    expect(fourth('运输合同纠纷')).toHaveLength(16);
    expect(fourth('服务合同纠纷')).toHaveLength(22);
    expect(fourth('著作权权属、侵权纠纷')).toHaveLength(27);
    expect(fourth('专利权权属、侵权纠纷')).toHaveLength(10);
    expect(fourth('滥用市场支配地位纠纷')).toHaveLength(6);
    expect(fourth('环境污染责任纠纷')).toHaveLength(8);
    expect(fourth('申请海事请求保全')).toHaveLength(6);
    expect(fourth('亲子关系纠纷')).toEqual(['确认亲子关系纠纷', '否认亲子关系纠纷']);
    expect(fourth('仿冒纠纷')).toEqual([
      '擅自使用与他人有一定影响的商品名称、包装、装潢等相同或者近似的标识纠纷',
      '擅自使用他人有一定影响的企业名称、社会组织名称、姓名纠纷',
      '擅自使用他人有一定影响的域名主体部分、网站名称、网页等纠纷',
    ]);
    expect(fourth('确认不侵害知识产权纠纷')).toHaveLength(6);
    expect(fourth('因申请知识产权临时措施损害责任纠纷')).toHaveLength(7);
    expect(fourth('因申请知识产权临时措施损害责任纠纷')[4]).toBe('因申请海关知识产权保护措施损害责任纠纷');
    expect(findCause('碳排放权交易纠纷')).toMatchObject({ level: 3, parentCode: findCause('合同纠纷')!.code });
    expect(findCause('侵害技术秘密纠纷')).toMatchObject({ level: 4, parentCode: findCause('侵害商业秘密纠纷')!.code });
  });

  // Codes as the catalogue assigned them before it was completed (counted from that version's lines).
  it('keeps the codes cases were stored with (causes are only appended under their parent)', () => {
    const code = (name: string) => findCause(name)!.code;
    expect([code('物业服务合同纠纷'), code('供用电合同纠纷'), code('民间借贷纠纷'), code('买卖合同纠纷')]).toEqual([
      'M040123',
      'M040120',
      'M04012503',
      'M040111',
    ]);
    expect([code('机动车交通事故责任纠纷'), code('劳动合同纠纷'), code('申请支付令')]).toEqual(['M090111', 'M050101', 'M100901']);
  });

  it('finds a cause by name or code; children share their parent’s code as prefix', () => {
    const property = findCause('物业服务合同纠纷')!;
    const contracts = findCause('合同纠纷')!;
    expect(property.level).toBe(3);
    expect(property.code.startsWith(contracts.code)).toBe(true);
    expect(findCause(property.code)).toBe(property);
    expect(findCause('民间借贷纠纷')!.level).toBe(4);
    expect(findCause('不当得利纠纷')!.level).toBe(3); // the name is used at levels 2 and 3: the deepest
    expect(findCause('不存在的纠纷')).toBeNull();
  });

  /** The 22 second-level causes of the 规定 and how many third-level causes (numbered 1–140) each has. */
  const OFFICIAL_ADMINISTRATIVE: Array<[string, number]> = [
    ['行政处罚', 15],
    ['行政强制措施', 8],
    ['行政强制执行', 9],
    ['行政许可', 10],
    ['行政征收或者征用', 3],
    ['行政登记', 20],
    ['行政确认', 8],
    ['行政给付', 7],
    ['行政允诺', 2],
    ['行政征缴', 9],
    ['行政奖励', 2],
    ['行政收费', 6],
    ['政府信息公开', 0],
    ['行政批复', 0],
    ['行政处理', 13],
    ['行政复议', 4],
    ['行政裁决', 6],
    ['行政协议', 11],
    ['行政补偿', 7],
    ['行政赔偿', 0],
    ['不履行××职责', 0],
    ['××（行政行为）公益诉讼', 0],
  ];
  /** Field-based subdivisions the catalogue held before the official third levels; they keep their codes. */
  const KEPT_ADMINISTRATIVE: Record<string, number> = {
    行政处罚: 6,
    行政强制执行: 1,
    行政征收或者征用: 2,
    行政登记: 2,
    行政确认: 1,
    行政给付: 2,
    行政协议: 2,
    '不履行××职责': 2,
  };

  it('holds the administrative 案由 of the 2020 规定: 行政行为, its 22 kinds of act in order, and the 140 third-level causes', () => {
    const admin = CAUSE_CATALOGUE.filter((c) => c.kind === 'ADMINISTRATIVE');
    expect(admin.filter((c) => c.level === 1).map((c) => [c.code, c.name])).toEqual([['X01', '行政行为']]);
    const second = admin.filter((c) => c.level === 2);
    expect(second.map((c) => c.name)).toEqual(OFFICIAL_ADMINISTRATIVE.map(([n]) => n));
    expect(second.map((c) => c.code)).toEqual(OFFICIAL_ADMINISTRATIVE.map((_, i) => `X01${String(i + 1).padStart(2, '0')}`));
    for (const [name, official] of OFFICIAL_ADMINISTRATIVE)
      expect([name, childrenOf(second.find((c) => c.name === name)!.code).length]).toEqual([name, official + (KEPT_ADMINISTRATIVE[name] ?? 0)]);
    expect(admin.filter((c) => c.level === 3)).toHaveLength(140 + 18);
    const under = (name: string) => childrenOf(second.find((c) => c.name === name)!.code).map((c) => c.name);
    expect(under('行政处罚').slice(6)).toEqual([
      '警告',
      '通报批评',
      '罚款',
      '没收违法所得',
      '没收非法财物',
      '暂扣许可证件',
      '吊销许可证件',
      '降低资质等级',
      '责令关闭',
      '责令停产停业',
      '限制开展生产经营活动',
      '限制从业',
      '行政拘留',
      '不得申请行政许可',
      '责令限期拆除',
    ]);
    expect(under('行政裁决')[0]).toBe('土地、矿藏、水流、荒地或者滩涂权属确权');
    expect(under('行政补偿').at(-1)).toBe('移民安置补偿');
  });

  it('keeps the administrative codes cases were stored with; renamed causes keep theirs and their former names', () => {
    const code = (name: string) => findCause(name)!.code;
    expect([code('治安管理行政处罚'), code('自然资源行政处罚'), code('强制拆除'), code('工伤认定')]).toEqual(['X010101', 'X010106', 'X010301', 'X010701']);
    expect([code('房屋征收补偿协议'), code('政府特许经营协议'), code('不履行劳动保障监察职责')]).toEqual(['X011801', 'X011802', 'X012102']);
    expect([code('警告'), code('责令限期拆除'), code('订立××（行政协议）')]).toEqual(['X010107', 'X010121', 'X011803']);
    expect([code('行政案件'), code('不履行法定职责'), code('行政公益诉讼')]).toEqual(['X01', 'X0121', 'X0122']);
    expect(findCause('行政案件')!.name).toBe('行政行为');
  });

  it('takes the 规定’s ×× templates filled in, the most specific first, and never a civil public-interest suit for an administrative one', () => {
    const name = (s: string) => findCause(s)?.name ?? null;
    expect(name('不履行城市管理职责')).toBe('不履行××职责');
    expect(name('不履行查处违法建筑职责')).toBe('不履行查处违法建筑职责');
    expect(name('订立国有土地使用权出让协议')).toBe('订立××（行政协议）');
    expect(name('单方解除政府特许经营协议')).toBe('单方解除××（行政协议）');
    expect(name('解除房屋征收补偿协议')).toBe('解除××（行政协议）');
    expect(name('确认土地征收补偿协议无效或有效')).toBe('确认××（行政协议）无效或有效');
    expect(name('罚款及行政复议')).toBe('××（行政行为）及行政复议');
    expect(name('食品药品安全行政公益诉讼')).toBe('××（行政行为）公益诉讼');
    expect(name('生态环境保护民事公益诉讼')).toBe('生态环境保护民事公益诉讼');
    expect(name('某某民事公益诉讼')).toBeNull();
    expect(name('订立合作合同')).toBeNull(); // a 行政协议 template takes only a name ending in 协议
  });
});
