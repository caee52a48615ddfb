/**
 * The competent authority for a 案由 or a keyword (领域), as shipped; the system administrator
 * edits the table (`PUT /api/v1/cases/authorities`). `patterns` find the authority among the
 * directory's agencies of the court's area by name (住房和城乡建设局 or 住建局).
 */
export interface AuthorityDefault {
  cause?: string;
  keyword?: string;
  authority: string;
  patterns: string[];
  domain: string;
}

export const DEFAULT_AUTHORITIES: AuthorityDefault[] = [
  { cause: '物业服务合同纠纷', authority: '住房和城乡建设局', patterns: ['住房和城乡建设', '住建局'], domain: '物业管理' },
  { cause: '建筑物区分所有权纠纷', authority: '住房和城乡建设局', patterns: ['住房和城乡建设', '住建局'], domain: '物业管理' },
  { cause: '房屋租赁合同纠纷', authority: '住房和城乡建设局', patterns: ['住房和城乡建设', '住建局', '房管局', '房产管理'], domain: '住房租赁' },
  { cause: '商品房销售合同纠纷', authority: '住房和城乡建设局', patterns: ['住房和城乡建设', '住建局'], domain: '房地产市场' },
  { cause: '建设工程施工合同纠纷', authority: '住房和城乡建设局', patterns: ['住房和城乡建设', '住建局'], domain: '建筑市场' },
  { keyword: '充电桩', authority: '发展和改革委员会', patterns: ['发展和改革', '发改委'], domain: '电动汽车充电设施' },
  { keyword: '电动汽车充电设施', authority: '发展和改革委员会', patterns: ['发展和改革', '发改委'], domain: '电动汽车充电设施' },
  { cause: '供用电合同纠纷', authority: '供电公司', patterns: ['供电公司', '电力'], domain: '供用电' },
  { cause: '货运代理合同纠纷', authority: '物流/货代行业协会', patterns: ['货运代理行业协会', '货代协会', '物流协会'], domain: '物流货代' },
  { cause: '信息网络买卖合同纠纷', authority: '市场监督管理局', patterns: ['市场监督管理', '市场监管局'], domain: '网络交易' },
  { cause: '产品责任纠纷', authority: '市场监督管理局', patterns: ['市场监督管理', '市场监管局'], domain: '产品质量' },
  { cause: '追索劳动报酬纠纷', authority: '人力资源和社会保障局', patterns: ['人力资源和社会保障', '人社局'], domain: '劳动保障' },
  { cause: '机动车交通事故责任纠纷', authority: '公安局', patterns: ['公安局'], domain: '道路交通安全' },
  { cause: '民间借贷纠纷', authority: '地方金融管理局', patterns: ['金融', '金融工作'], domain: '民间金融' },
];
