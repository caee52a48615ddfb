import { isEmail } from 'class-validator';
import { normalizeDivision, normalizeUsername, Role, ROLE_LABELS } from '@app/identity';
import { normalizeCourtCaseCode } from '../court-case-code';
import { OrganizationType } from '../organization.entity';

/**
 * One row of a directory import, read field by field into a clean value or a Chinese complaint.
 * The same rules serve the xlsx/CSV upload and the JSON bulk endpoints; checks that need the
 * database or other rows (parents, organization codes, duplicates) are the service's.
 */

/** Where a row came from, as a person reads it: 「单位」第37行 (a file) or 第3条 (a JSON list). */
export interface RowRef {
  row: number;
  where: string;
}

export interface ImportProblem {
  sheet: string | null;
  row: number;
  field: string;
  message: string;
}

/**
 * A row as read. A row with problems is still returned (when it has its key: code or username), so
 * the checks across rows (duplicates, parents, organizations of users) report on it too; fields
 * that could not be read are null or empty. Nothing is written unless no row has a problem.
 */
export interface OrganizationRow extends RowRef {
  type: OrganizationType | null;
  name: string;
  shortName: string;
  code: string;
  regionCode: string;
  parentCode: string | null;
  emails: string[];
  replyNeedsApproval: boolean;
  caseCode: string | null;
}

export interface UserRow extends RowRef {
  organizationCode: string | null;
  username: string;
  displayName: string;
  roles: Role[];
  division: string | null;
  email: string | null;
  phone: string | null;
  password: string | null;
}

export const ORGANIZATION_TYPE_ZH: Record<OrganizationType, string> = {
  [OrganizationType.COURT]: '法院',
  [OrganizationType.AGENCY]: '建议对象单位',
  [OrganizationType.CONGRESS]: '人大',
  [OrganizationType.PARTY_COMMITTEE]: '党委',
  [OrganizationType.OTHER]: '其他',
};

const TYPE_WORDS: Record<string, OrganizationType> = {
  ...Object.fromEntries(Object.values(OrganizationType).map((t) => [t.toLowerCase(), t])),
  ...Object.fromEntries(Object.entries(ORGANIZATION_TYPE_ZH).map(([t, zh]) => [zh, t as OrganizationType])),
  单位: OrganizationType.AGENCY,
  机关: OrganizationType.AGENCY,
  行政机关: OrganizationType.AGENCY,
  人大常委会: OrganizationType.CONGRESS,
};

/** Roles an import may grant: every role but the system administrator's (created one by one, deliberately). */
const IMPORTABLE_ROLES = Object.values(Role).filter((r) => r !== Role.SYS_ADMIN);
const ROLE_WORDS: Record<string, Role> = {
  ...Object.fromEntries(IMPORTABLE_ROLES.map((r) => [r.toLowerCase(), r])),
  ...Object.fromEntries(IMPORTABLE_ROLES.map((r) => [ROLE_LABELS[r], r])),
  研究室: Role.COURT_ADMIN,
  办公室: Role.COURT_ADMIN,
  法官: Role.JUDGE,
  负责人: Role.AGENCY_LEADER,
};

/** Same pattern as POST /users. */
const USERNAME = /^[A-Za-z0-9._-]{2,64}$/;
const REGION = /^\d{6}$/;
const PHONE = /^[0-9+\-() ]{5,30}$/;
const LIST_SPLIT = /[;；,，、\s]+/;

/** Reads one raw row; `complain(field, message)` collects what is wrong. */
class Reader {
  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly complain: (field: string, message: string) => void,
  ) {}

  text(field: string, label: string, opts: { required?: boolean; max: number }): string | null {
    const v = this.raw[field];
    const s = v === undefined || v === null ? '' : typeof v === 'string' || typeof v === 'number' ? String(v).normalize('NFKC').trim() : null;
    if (s === null) {
      this.complain(field, `${label}应为文字`);
      return null;
    }
    if (!s) {
      if (opts.required) this.complain(field, `缺少${label}`);
      return null;
    }
    if (s.length > opts.max) {
      this.complain(field, `${label}不能超过 ${opts.max} 个字`);
      return null;
    }
    return s;
  }

  list(field: string, label: string): string[] {
    const v = this.raw[field];
    if (Array.isArray(v)) return v.map((x) => String(x).normalize('NFKC').trim()).filter(Boolean);
    const s = this.text(field, label, { max: 2000 });
    return s ? s.split(LIST_SPLIT).filter(Boolean) : [];
  }

  flag(field: string, label: string): boolean {
    const v = this.raw[field];
    if (v === undefined || v === null || v === '') return false;
    if (typeof v === 'boolean') return v;
    const s = String(v).trim().toLowerCase();
    if (['是', 'y', 'yes', 'true', '1', '需要'].includes(s)) return true;
    if (['否', 'n', 'no', 'false', '0', '不需要'].includes(s)) return false;
    this.complain(field, `${label}应填“是”或“否”`);
    return false;
  }
}

export function readOrganizationRow(raw: Record<string, unknown>, ref: RowRef, problems: ImportProblem[], sheet: string | null): OrganizationRow | null {
  const before = problems.length;
  const complain = (field: string, message: string) => problems.push({ sheet, row: ref.row, field, message: `${ref.where}：${message}` });
  const r = new Reader(raw, complain);
  const typeText = r.text('type', '单位类型', { required: true, max: 20 });
  const type = typeText ? TYPE_WORDS[typeText.toLowerCase()] : undefined;
  if (typeText && !type) complain('type', `单位类型“${typeText}”不存在，应为${Object.values(ORGANIZATION_TYPE_ZH).join('、')}之一`);
  const name = r.text('name', '单位名称', { required: true, max: 200 });
  const shortName = r.text('shortName', '简称', { required: true, max: 50 });
  const code = r.text('code', '单位代码', { required: true, max: 64 });
  const regionCode = r.text('regionCode', '行政区划代码', { required: true, max: 6 });
  if (regionCode && !REGION.test(regionCode)) complain('regionCode', `行政区划代码“${regionCode}”应为 6 位数字`);
  const parentCode = r.text('parentCode', '上级单位代码', { max: 64 });
  if (parentCode && parentCode === code) complain('parentCode', '上级单位不能是本单位');
  const emails = r.list('emails', '邮箱');
  for (const e of emails) if (!isEmail(e)) complain('emails', `邮箱“${e}”格式不正确`);
  if (emails.length > 10) complain('emails', '邮箱最多 10 个');
  const replyNeedsApproval = r.flag('replyNeedsApproval', '回复需负责人审批');
  const caseCode = r.text('caseCode', '案号代字', { max: 10 });
  if (caseCode && type && type !== OrganizationType.COURT) complain('caseCode', '只有法院有案号代字');
  else if (caseCode && !normalizeCourtCaseCode(caseCode)) complain('caseCode', `案号代字“${caseCode}”格式不正确，应为省级简称加两位或四位数字（如 浙0781）`);
  if (!code) return null;
  const ok = problems.length === before;
  return {
    ...ref,
    type: type ?? null,
    name: name ?? '',
    shortName: shortName ?? '',
    code,
    regionCode: ok ? regionCode! : '',
    parentCode,
    emails: [...new Set(emails)],
    replyNeedsApproval,
    caseCode: ok && caseCode ? normalizeCourtCaseCode(caseCode) : null,
  };
}

export function readUserRow(raw: Record<string, unknown>, ref: RowRef, problems: ImportProblem[], sheet: string | null): UserRow | null {
  const complain = (field: string, message: string) => problems.push({ sheet, row: ref.row, field, message: `${ref.where}：${message}` });
  const r = new Reader(raw, complain);
  const organizationCode = r.text('organizationCode', '所属单位代码', { required: true, max: 64 });
  const usernameText = r.text('username', '用户名', { required: true, max: 64 });
  if (usernameText && !USERNAME.test(usernameText)) complain('username', `用户名“${usernameText}”只能由字母、数字、点、下划线和连字符组成（2–64 位）`);
  const displayName = r.text('displayName', '姓名', { required: true, max: 100 });
  const roleWords = r.list('roles', '角色');
  const roles: Role[] = [];
  for (const w of roleWords) {
    const role = ROLE_WORDS[w.toLowerCase()] ?? ROLE_WORDS[w];
    if (role) roles.push(role);
    else complain('roles', `角色“${w}”不存在，应为${IMPORTABLE_ROLES.map((x) => ROLE_LABELS[x]).join('、')}之一`);
  }
  if (!roleWords.length) complain('roles', '缺少角色');
  const division = normalizeDivision(r.text('division', '庭室', { max: 50 }));
  const email = r.text('email', '邮箱', { max: 200 });
  if (email && !isEmail(email)) complain('email', `邮箱“${email}”格式不正确`);
  const phone = r.text('phone', '电话', { max: 30 });
  if (phone && !PHONE.test(phone)) complain('phone', `电话“${phone}”格式不正确`);
  const password = r.text('password', '初始密码', { max: 200 });
  if (password && password.length < 10) complain('password', '初始密码至少 10 位');
  if (!usernameText) return null;
  return {
    ...ref,
    organizationCode,
    username: normalizeUsername(usernameText),
    displayName: displayName ?? '',
    roles: [...new Set(roles)],
    division,
    email,
    phone,
    password,
  };
}
