/**
 * The 法院代字 of a court (《关于人民法院案件案号的若干规定》): the abbreviation of its province
 * (兵 for the 新疆生产建设兵团 courts) alone for a 高级法院, with two digits for a 中级 or 专门法院
 * (浙07, 浙72) and four for a 基层法院 (浙0781); the Supreme People's Court is 最高法.
 */
export const PROVINCE_ABBREVIATIONS = [
  '京', '津', '冀', '晋', '蒙', '辽', '吉', '黑', '沪', '苏', '浙', '皖', '闽', '赣', '鲁', '豫', '鄂', '湘', '粤', '桂', '琼',
  '渝', '川', '黔', '云', '藏', '陕', '甘', '青', '宁', '新', '兵',
] as const; // prettier-ignore

/** The court-code part of a case number, as a regular-expression source (no anchors). */
export const COURT_CASE_CODE_SOURCE = `(最高法|[${PROVINCE_ABBREVIATIONS.join('')}])(\\d{2}|\\d{4})?`;

/** A 法院代字 normalized (full-width digits and spaces folded), or null when it is not one. */
export function normalizeCourtCaseCode(code: string): string | null {
  const c = code.normalize('NFKC').replace(/\s+/gu, '');
  const m = new RegExp(`^${COURT_CASE_CODE_SOURCE}$`).exec(c);
  if (!m || (m[1] === '最高法' && m[2])) return null;
  return c;
}
