/**
 * Chinese for field-level error details: the names of the request fields, class-validator's
 * constraints, and the English detail messages some services write by hand. Used by the validation
 * pipe (constraints) and by the global filter (everything else); see messages-zh.ts.
 */

/** Every request field of the API by its property name (the e2e test checks no DTO field lacks one). */
export const FIELD_LABELS: Record<string, string> = {
  // letters
  title: '标题',
  category: '类别',
  domain: '领域',
  major: '重大建议',
  background: '基本情况',
  items: '建议事项',
  problem: '问题',
  recommendation: '建议',
  sourceCases: '关联案号',
  legalBasis: '法律依据',
  causeAnalysis: '原因分析',
  replyPeriodMonths: '回复期限',
  recipients: '收件单位',
  organizationId: '单位',
  organizationIds: '收件单位',
  kind: '主送或抄送',
  contactName: '联系人',
  contactPhone: '联系电话',
  attachmentIds: '附件',
  version: '版本号',
  decision: '决定',
  comment: '意见',
  meetingDate: '会议日期',
  resolution: '决定内容',
  date: '日期',
  summary: '沟通情况',
  reason: '理由',
  // deliveries
  requestedDueDate: '申请延至日期',
  dueDate: '期限',
  approve: '是否同意',
  content: '回复正文',
  measures: '整改措施',
  stance: '表态',
  note: '说明',
  index: '序号',
  result: '评价结果',
  followUpDate: '回访日期',
  status: '状态',
  body: '内容',
  adjusted: '是否调整',
  // people and organizations
  username: '用户名',
  password: '密码',
  displayName: '姓名',
  email: '邮箱',
  phone: '电话',
  roles: '角色',
  division: '庭室',
  active: '启用',
  currentPassword: '当前密码',
  newPassword: '新密码',
  refreshToken: '登录凭证',
  name: '名称',
  shortName: '简称',
  code: '机构代码',
  regionCode: '行政区划代码',
  parentId: '上级机构',
  emails: '接收邮箱',
  replyNeedsApproval: '回复需负责人审批',
  type: '类型',
  // queries, statistics, calendar, webhooks, files
  page: '页码',
  pageSize: '每页条数',
  q: '关键词',
  from: '开始日期',
  to: '结束日期',
  courtId: '法院',
  granularity: '统计周期',
  sort: '排序',
  step: '环节',
  year: '年份',
  holidays: '法定节假日',
  workdays: '调休上班日',
  months: '月数',
  workingDays: '工作日数',
  url: '回调地址',
  events: '事件',
  secret: '签名密钥',
  description: '说明',
  deliveryId: '送达件',
  suggestionId: '司法建议',
  file: '文件',
  unread: '仅未读',
  format: '格式',
  colour: '预警颜色',
  draft: '暂存',
  excludeId: '本件',
  recipientIds: '主送单位',
  expiresAt: '有效期至',
  role: '角色',
  example: '示例',
  watchedBy: '关注单位',
  action: '操作',
  actorId: '操作人',
  entityId: '对象',
  entityType: '对象类型',
  // case data
  cases: '案件记录',
  caseNumber: '案号',
  caseCode: '法院代字',
  cause: '案由',
  keyword: '关键词',
  filedOn: '立案日期',
  closedOn: '结案日期',
  outcome: '结案方式',
  parties: '当事人',
  amount: '标的额',
  keywords: '关键词',
  rules: '对应规则',
  authority: '主管机关',
  namePatterns: '机关名称关键字',
};

/** "items.0.problem" → "建议事项第1项的问题"; an unknown name reads "该项". */
export function fieldLabel(path: string): string {
  let out = '';
  let afterIndex = false;
  for (const seg of path.split('.').filter(Boolean)) {
    if (/^\d+$/.test(seg)) {
      out += `第${Number(seg) + 1}项`;
      afterIndex = true;
    } else {
      const label = FIELD_LABELS[seg] ?? '该项';
      out += out ? (afterIndex ? `的${label}` : `·${label}`) : label;
      afterIndex = false;
    }
  }
  return out || '该项';
}

const nums = (message: string): string[] => message.match(/\d+/g) ?? [];

/** A class-validator constraint in Chinese, for the field (numbers taken from its English message). */
export function constraintZh(constraint: string, field: string, message: string): string {
  const f = fieldLabel(field);
  const [a, b] = nums(message.replace(/^each value in /, ''));
  switch (constraint) {
    case 'whitelistValidation':
      return '请求中含有不接受的字段';
    case 'isDefined':
    case 'isNotEmpty':
    case 'arrayNotEmpty':
      return `${f}不能为空`;
    case 'isString':
      return `${f}须为文字`;
    case 'isInt':
      return `${f}须为整数`;
    case 'isNumber':
    case 'isNumberString':
      return `${f}须为数字`;
    case 'isBoolean':
      return `${f}须为“是”或“否”`;
    case 'isArray':
      return `${f}须为列表`;
    case 'isEnum':
    case 'isIn':
      return `${f}不是可选的值`;
    case 'isUuid':
    case 'isUUID':
      return `${f}不是有效的编号`;
    case 'isEmail':
      return `${f}不是有效的邮箱地址`;
    case 'isDateString':
    case 'isIso8601':
    case 'isISO8601':
    case 'isDate':
      return `${f}不是有效的日期`;
    case 'isUrl':
    case 'isURL':
      return `${f}不是有效的网址`;
    case 'min':
      return `${f}不能小于 ${a}`;
    case 'max':
      return `${f}不能大于 ${a}`;
    case 'isLength':
      if (b !== undefined) return `${f}的长度须在 ${a} 至 ${b} 个字之间`;
      return /longer than/.test(message) ? (a === '1' ? `${f}不能为空` : `${f}至少 ${a} 个字`) : `${f}不能超过 ${a} 个字`;
    case 'maxLength':
      return `${f}不能超过 ${a} 个字`;
    case 'minLength':
      return `${f}至少 ${a} 个字`;
    case 'arrayMinSize':
      return `${f}至少须有 ${a} 项`;
    case 'arrayMaxSize':
      return `${f}最多 ${a} 项`;
    case 'arrayUnique':
      return `${f}中有重复`;
    default:
      return `${f}的格式不正确`;
  }
}

/** The roles' Chinese names. */
export const ROLE_NAMES: Record<string, string> = {
  JUDGE: '承办法官',
  DIVISION_HEAD: '庭长',
  COURT_LEADER: '院领导',
  COURT_ADMIN: '研究室/办公室',
  AGENCY_CLERK: '经办人',
  AGENCY_LEADER: '单位负责人',
  SUPERVISOR: '监督人员',
  SYS_ADMIN: '系统管理员',
};
/** "JUDGE, DIVISION_HEAD" → "承办法官、庭长". */
export const rolesText = (list: string): string =>
  list
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((r) => ROLE_NAMES[r] ?? r)
    .join('、');

/** English detail messages services write by hand, by pattern; anything else reads "…填写有误". */
const HAND_WRITTEN: [RegExp, (m: RegExpExecArray, f: string) => string][] = [
  [/^"?([^"]+)"? is not a (YYYY-MM-DD|calendar) date$/, (m, f) => `${f}“${m[1]}”不是有效日期`],
  [/^(\S+) does not belong to (\d{4})$/, (m) => `${m[1]} 不属于 ${m[2]} 年`],
  [/^(\S+) is listed both as a holiday and as a working day$/, (m) => `${m[1]} 不能既是节假日又是调休上班日`],
  [/^(\S+) is a \w+; only a Saturday or Sunday/, (m) => `${m[1]} 不是周末，只有星期六、星期日可以调休上班`],
  [/^must be after (\S+)$/, (m, f) => `${f}须晚于 ${m[1]}`],
  [/^must be on or after (\S+)$/, (m, f) => `${f}不能早于 ${m[1]}`],
  [/^expected indexes ([\d,]+)$/, (m) => `须对第 ${m[1].split(',').join('、')} 项逐项表态`],
  [/^(.+) \((\d+)\) lies outside the district of (.+) \((\d+)\)$/, (m) => `${m[1]}（${m[2]}）不在${m[3]}（${m[4]}）辖区内`],
  [/^allowed: (.*)$/, (m) => `可选角色：${rolesText(m[1])}`],
  [/^you may grant: (.*)$/, (m) => (m[1] === 'none' ? '您不能授予任何角色' : `您可授予的角色：${rolesText(m[1])}`)],
  [/^required for (.*)$/, (m, f) => `${rolesText(m[1])}须填写${f}`],
  [/^unknown organization$/, () => '单位不存在'],
  [/^unknown or inactive organization$/, () => '单位不存在或已停用'],
  [/^already a recipient$/, () => '该单位已收到本件'],
  [/^taken$/, (_m, f) => `${f}已被使用`],
  [/^wrong password$/, () => '当前密码不正确'],
  [/^would create a cycle$/, () => '不能移到其自身或下级机构之下'],
  [/^courts sit under courts/, () => '法院只能隶属于法院，其他单位不能隶属于法院'],
  [/^a comment is required when returning$/, () => '退回时须填写意见'],
  [/^to must not be before from$/, () => '结束日期不能早于开始日期'],
  [/^Search for at least two characters$/, () => '请至少输入两个字'],
  [/^year must be between (\d+) and (\d+)$/, (m) => `年份须在 ${m[1]} 至 ${m[2]} 之间`],
  [/^give exactly one of months or workingDays$/, () => '月数和工作日数须填写且只填写一项'],
  [/^name the delivery whose receipt you want$/, () => '请指明要打印哪一个送达件的送达回证'],
  [/^file is required$/, () => '请选择文件'],
  [/^must not contain NUL/, (_m, f) => `${f}含有不允许的空字符`],
  [/^Each organization may appear once$/, () => '每个单位只能出现一次'],
  [/^At least one MAIN recipient is required$/, () => '至少须有一个主送单位'],
];

/** A hand-written English detail message in Chinese. */
export function translateFieldMessage(field: string, message: string): string {
  const f = fieldLabel(field);
  for (const [re, zh] of HAND_WRITTEN) {
    const m = re.exec(message);
    if (m) return zh(m, f);
  }
  return `${f}填写有误`;
}
