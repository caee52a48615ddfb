/**
 * The Chinese `message` of every error code. The global filter (AllExceptionsFilter) answers every
 * error with one of these, whatever English the throw site wrote, so nobody sees English or a code
 * on screen; the English `code` stays the machine contract. A throw site that already wrote a
 * purely Chinese message (e.g. one naming the minutes to wait) keeps it. A new code goes in the
 * table below: the unit test beside this file fails for any `*ErrorCode` without a message.
 */
import { FieldError } from './app.exception';
import { FIELD_LABELS, fieldLabel, rolesText, translateFieldMessage } from './field-messages-zh';

export interface ErrorFacts {
  message: string;
  details?: unknown;
}

/** A fixed message, or one built from the error's (English) message and details. */
type ZhMessage = string | ((e: ErrorFacts) => string);

const ENTITY_ZH: Record<string, string> = {
  Suggestion: '司法建议',
  Delivery: '送达件',
  Attachment: '附件',
  Organization: '单位',
  User: '用户',
  Court: '法院',
  Region: '行政区划',
  'API token': '接口令牌',
  Email: '邮件',
  Mail: '邮件',
  Notification: '通知',
  'Outbox row': '待发消息',
  Watch: '关注记录',
  Webhook: '回调地址',
  Lead: '类案线索',
  Resource: '记录',
};

const notFound = ({ message }: ErrorFacts): string => {
  const what = /^(.+) not found$/.exec(message)?.[1];
  if (what === 'Route') return '页面或接口不存在';
  const entity = what ? ENTITY_ZH[what] : undefined;
  return entity ? `未找到该${entity}，或您无权查看` : '未找到所请求的内容，或您无权查看';
};

const forbidden = ({ message }: ErrorFacts): string => {
  const roles = /needs one of the roles: (.+)$/.exec(message)?.[1];
  if (roles) return `此操作须由${rolesText(roles)}办理`;
  if (/^API tokens/.test(message)) return '接口令牌不能执行此操作';
  if (/drafts suggestions/.test(message)) return '只有法院的承办法官可以起草司法建议';
  if (/statistics|annual report/i.test(message)) return '您无权查看这些统计数据';
  if (/work list/.test(message)) return '待办事项仅供法院研究室/办公室使用';
  return '您无权执行此操作';
};

const unavailable = ({ details }: ErrorFacts): string => {
  const d = details as Record<string, { status?: string }> | undefined;
  const NAMES: Record<string, string> = { postgres: '数据库', redis: '缓存与队列服务', smtp: '邮件服务' };
  const down =
    d && typeof d === 'object'
      ? Object.entries(d)
          .filter(([, v]) => v?.status === 'down')
          .map(([k]) => NAMES[k] ?? '依赖服务')
      : [];
  return down.length ? `服务暂时不可用（${down.join('、')}不可用），请稍后再试` : '服务暂时不可用，请稍后再试';
};

const calendarNotLoaded = ({ details, message }: ErrorFacts): string => {
  const year = (details as { year?: number } | undefined)?.year ?? /\b(\d{4})\b/.exec(message)?.[1];
  return `${year ?? '该'}年的法定节假日安排尚未录入，无法计算期限；请系统管理员在“节假日日历”中录入`;
};

const webhookUrlInvalid = ({ message }: ErrorFacts): string => {
  if (/must use http or https/.test(message)) return '回调地址只能使用 http 或 https 协议';
  if (/user name or password/.test(message)) return '回调地址不能包含用户名或密码，请改用签名校验';
  return '回调地址须为完整的网址，且不能包含用户名或密码';
};

/** The `kind` of a refused webhook address (libs/webhooks forbiddenAddressKind) in Chinese. */
const WEBHOOK_ADDRESS_KIND_ZH: Record<string, string> = {
  loopback: '本机环回地址',
  private: '内网私有地址',
  'carrier-grade NAT': '运营商共享地址',
  'link-local': '链路本地地址（含云主机元数据地址）',
  'unique-local': '唯一本地地址（内网）',
  'site-local': '站点本地地址（内网）',
  unspecified: '未指定地址',
  multicast: '组播地址',
  broadcast: '广播地址',
  documentation: '文档保留地址',
  benchmarking: '测试保留地址',
  reserved: '保留地址',
  'IPv4-mapped': '映射地址',
  'IPv4-embedded (NAT64/6to4/Teredo)': '地址转换网段（可通向内网）',
};

const webhookUrlForbidden = ({ details }: ErrorFacts): string => {
  const kind = WEBHOOK_ADDRESS_KIND_ZH[(details as { kind?: string } | undefined)?.kind ?? ''] ?? '内部网络地址';
  return `回调地址指向${kind}，不允许推送到内部网络；确需推送到内网系统的，请由系统运维人员将该主机列入允许名单`;
};

/** Every error code of the libraries, with its Chinese message. */
export const ERROR_MESSAGES_ZH: Record<string, ZhMessage> = {
  // CommonErrorCode
  VALIDATION_FAILED: '提交的内容有误',
  MALFORMED_REQUEST: '请求格式有误，无法识别',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: forbidden,
  NOT_FOUND: notFound,
  VERSION_CONFLICT: '该记录已被他人修改，请刷新页面后重试',
  INVALID_TRANSITION: '当前状态下不能执行此操作，请刷新页面后重试',
  CONFLICT: '与已有记录重复或冲突',
  PAYLOAD_TOO_LARGE: ({ details }) => {
    const max = (details as { maxBytes?: number } | undefined)?.maxBytes;
    return max ? `文件过大，单个文件不能超过 ${Math.floor(max / 1048576) || 1} MB` : '提交的内容过大';
  },
  UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
  TOO_MANY_REQUESTS: ({ details }) => {
    const seconds = (details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    return typeof seconds === 'number' && seconds > 0 ? `操作过于频繁，请 ${Math.ceil(seconds / 60)} 分钟后再试` : '操作过于频繁，请稍后再试';
  },
  SERVICE_UNAVAILABLE: unavailable,
  INTERNAL_ERROR: '系统内部错误，请稍后再试；如仍有问题请联系管理员',
  // IdentityErrorCode
  INVALID_CREDENTIALS: '用户名或密码错误',
  ACCOUNT_DISABLED: '账号已停用，请联系管理员',
  INVALID_TOKEN: '登录凭证无效，请重新登录',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  SESSION_REVOKED: '登录已失效，请重新登录',
  REFRESH_TOKEN_INVALID: '登录已失效，请重新登录',
  REFRESH_TOKEN_REUSED: '登录凭证已被使用过，为安全起见请重新登录',
  USERNAME_TAKEN: '该用户名已被使用',
  ROLE_NOT_ALLOWED_FOR_ORGANIZATION: '该单位的人员不能担任所选角色',
  ORGANIZATION_NOT_FOUND: '所选单位不存在',
  WRONG_PASSWORD: '当前密码不正确',
  PERSON_REQUIRED: '此操作须由本人登录办理，不能使用接口令牌',
  TOKEN_ROLE_EXCEEDS_CREATOR: '接口令牌的角色不能超出创建人本人的角色',
  SELF_APPROVAL: '四眼原则：本人起草的文书须由他人审核或审批',
  DIVISION_REQUIRED: '承办法官和庭长须归属一个庭室，请联系系统管理员设置',
  // AttachmentsErrorCode
  UNSUPPORTED_FILE_TYPE: '只接受 PDF、Word、Excel、OFD 文件和 JPG、PNG 图片，且扩展名须与文件内容一致',
  ATTACHMENT_NOT_FOUND: '部分附件不存在、属于其他单位或已在别处使用',
  FILE_REQUIRED: '请选择要上传的文件',
  UPLOAD_INCOMPLETE: '文件未完整上传，请重试',
  MULTIPART_MALFORMED: '上传的数据不完整，请重试',
  UPLOAD_TIMEOUT: '上传超时，请检查网络后重试',
  // DirectoryErrorCode
  PARENT_NOT_FOUND: '上级机构不存在',
  PARENT_TYPE_MISMATCH: '上级机构类型不符：法院只能隶属于法院，其他单位不能隶属于法院',
  ORGANIZATION_CYCLE: '不能把机构移到其自身或其下级机构之下',
  ORGANIZATION_CODE_TAKEN: '该机构代码已被其他机构使用',
  DIRECTORY_IMPORT_INVALID: '导入内容有错误，未写入任何数据',
  // WebhooksErrorCode
  WEBHOOK_URL_INVALID: webhookUrlInvalid,
  WEBHOOK_URL_FORBIDDEN: webhookUrlForbidden,
  WEBHOOK_URL_UNRESOLVABLE: '回调地址的主机名无法解析',
  // DeadlineErrorCode
  CALENDAR_NOT_LOADED: calendarNotLoaded,
  // DeliveryErrorCode
  DELIVERY_ALREADY_REROUTED: '该送达件已经改送',
  DELIVERY_NOT_A_COPY: '只有抄送件可以标记已阅；主送件请签收',
  DELIVERY_NOT_MAIN: '抄送件只需阅知，不能签收、回复或申请延期',
  EXTENSION_ALREADY_PENDING: '已有一个延期申请在等待法院审批',
  NO_PENDING_EXTENSION: '没有待审批的延期申请',
  NO_PENDING_REPLY: '没有待审批的回复',
  REPLY_ITEMS_MISMATCH: '请对建议书的每一项建议逐项表态',
  REPLY_AWAITING_APPROVAL: '回复正在等待单位负责人审批，审批或退回之前不能再提交',
  EVALUATION_ITEMS_MISMATCH: '请对建议书的每一项建议逐项评价',
  IMPLEMENTATION_NOT_REPORTED: '收件单位尚未报告已落实',
  LETTER_NOT_OPEN: '该司法建议已不在办理中（已撤回、办结或归档）',
  REROUTE_TARGET_INVALID: '改送单位无效：须为法院以外、在用且尚未收到本件的单位',
  RECIPIENT_OUT_OF_DISTRICT: '主送单位须在本院辖区内；辖区外的单位应报上级法院决定',
  COPY_TARGET_INVALID: '抄送单位无效：须为在用、尚未收到本件的单位（不能是收件单位本身或本院）',
  NO_SUPERIOR_ORGANIZATION: '目录中没有该单位的上级单位，请选择要抄送的单位',
  DUE_DATE_INVALID: '所填日期无效',
  // SuggestionErrorCode
  COMMITTEE_DECISION_REQUIRED: '综合治理类司法建议须先登记审判委员会决定，才能签发',
  MAIN_DELIVERY_SIGNED: '已有主送单位签收，不能再撤回',
  ESCALATION_ALREADY_ADOPTED: '上级法院已采用此建议',
  NO_HIGHER_COURT: '主送单位不在本院辖区，且没有可报请决定的上级法院',
  RECIPIENT_INVALID: '收件单位有误',
  NOT_A_COURT: '所选单位不是法院',
  // CaseErrorCode
  CASE_NUMBER_INVALID: '案号格式不正确，正确格式如（2025）浙0781民初1234号',
  CAUSE_UNKNOWN: '案由不在案由目录中',
  TOO_MANY_CASES: '一次最多导入10000条案件记录，请分批导入',
  NO_CASE_SCOPE: '案件数据仅供法院及其监督机关查看',
  CASE_FILE_UNREADABLE: '无法读取导入文件',
  LEAD_NOT_OPEN: '该类案线索已起草或已排除，不能再次处理',
  NO_LINKED_CAUSE: '该建议未关联案由，无法计算治理成效',
  // DirectoryErrorCode (法院代字)
  CASE_CODE_INVALID: '法院代字格式不正确',
  CASE_CODE_TAKEN: '该法院代字已被其他法院使用',
  LETTER_INCOMPLETE: '司法建议书尚不完整，不能提交',
  // WatchErrorCode
  ALREADY_WATCHED: '您已关注此件',
  // Mail and outbox retries (admin)
  MAIL_NOT_FAILED: '只有发送失败的邮件可以重发',
  OUTBOX_NOT_FAILED: '只有发送失败的消息可以重发',
};

/** Codes whose field details say what exactly is wrong: the message lists them. */
const WITH_FIELD_DETAILS = new Set([
  'VALIDATION_FAILED',
  'DUE_DATE_INVALID',
  'RECIPIENT_INVALID',
  'REPLY_ITEMS_MISMATCH',
  'RECIPIENT_OUT_OF_DISTRICT',
  'COPY_TARGET_INVALID',
  'ROLE_NOT_ALLOWED_FOR_ORGANIZATION',
  'TOKEN_ROLE_EXCEEDS_CREATOR',
  'DIVISION_REQUIRED',
  'CASE_NUMBER_INVALID',
  'CAUSE_UNKNOWN',
  'CASE_FILE_UNREADABLE',
  'CASE_CODE_INVALID',
  'LEAD_NOT_OPEN',
  'LETTER_INCOMPLETE',
  'EVALUATION_ITEMS_MISMATCH',
]);

const STATUS_ZH: Record<number, string> = {
  400: '请求有误',
  401: '请先登录',
  403: '您无权执行此操作',
  404: '未找到所请求的内容',
  408: '请求超时，请重试',
  409: '操作冲突，请刷新页面后重试',
  413: '提交的内容过大',
  415: '不支持的内容类型',
  422: '提交的内容无法处理',
  429: '操作过于频繁，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
};

const CJK = /[\u3400-\u9fff]/;
const LATIN_OK = /^(PDF|Word|Excel|CSV|OFD|JPG|PNG|API|MB|KB|OA|ID)$/;

/** Chinese, with no English word in it (a format name such as PDF aside). */
export function isChineseText(text: string): boolean {
  // Values quoted in Chinese quotation marks are the user's own data (单位代码“COURT-330781”), not English.
  const own = text.replace(/“[^”]*”/g, '');
  return CJK.test(text) && (own.match(/[A-Za-z]{3,}/g) ?? []).every((w) => LATIN_OK.test(w));
}

function isFieldErrors(details: unknown): details is FieldError[] {
  return (
    Array.isArray(details) &&
    details.length > 0 &&
    details.every((d) => d && typeof d === 'object' && typeof d.field === 'string' && typeof d.message === 'string')
  );
}

/** Field details with Chinese messages (already Chinese ones stay). */
export function chineseDetails(details: unknown): unknown {
  if (!isFieldErrors(details)) return details;
  return details.map((d) => ({ ...d, message: isChineseText(d.message) ? d.message : translateFieldMessage(d.field, d.message) }));
}

/** The Chinese message of an error answer (`details` already through chineseDetails). */
export function chineseMessage(statusCode: number, code: string, message: string, details?: unknown): string {
  const entry = ERROR_MESSAGES_ZH[code];
  let zh: string;
  if (isChineseText(message)) zh = message;
  else if (entry !== undefined) zh = typeof entry === 'string' ? entry : entry({ message, details });
  else zh = STATUS_ZH[statusCode] ?? (statusCode >= 500 ? (ERROR_MESSAGES_ZH.INTERNAL_ERROR as string) : '请求未能完成');
  if (WITH_FIELD_DETAILS.has(code) && isFieldErrors(details)) {
    const said = [...new Set(details.map((d) => d.message).filter((m) => m !== zh))];
    if (said.length) zh = `${zh}：${said.slice(0, 5).join('；')}${said.length > 5 ? `等 ${said.length} 处` : ''}`;
  }
  return zh;
}

export { FIELD_LABELS, fieldLabel };
