/**
 * 案号 (case numbers) as the Supreme People's Court's rules on case numbers (《关于人民法院案件案号的
 * 若干规定》 and its 《人民法院案件类型及其代字标准》) define them:
 *
 *   （2025）浙0781民初1234号
 *    收案年度 · 法院代字 (province abbreviation + court digits) · 类型代字 · 案件编号 · 号
 *
 * The 法院代字 is the province's abbreviation followed by nothing (高级法院), two digits (中级及专门
 * 法院, 浙07, 浙72) or four digits (基层法院, 浙0781); the Supreme People's Court is 最高法. The one
 * parser of the product: letters' source cases and case records both go through it.
 */
import { COURT_CASE_CODE_SOURCE, normalizeCourtCaseCode, PROVINCE_ABBREVIATIONS } from '@app/directory';

/** Case-type words (类型代字) by kind of case; the parser matches the longest first. */
export const CASE_TYPE_WORDS: Record<string, readonly string[]> = {
  刑事: ['刑初', '刑终', '刑核', '刑抗', '刑申', '刑再', '刑监', '刑更', '刑医', '刑没', '刑止', '刑他', '刑辖', '刑赔'],
  民事: [
    '民初', '民终', '民监', '民申', '民抗', '民再', '民撤', '民特', '民特监', '民催', '民督', '民督监', '民算', '民他', '民辖',
    '民辖终', '民辖监', '民保', '知民初', '知民终', '知民申', '知民再', '知民辖终',
  ], // prettier-ignore
  行政: ['行初', '行终', '行申', '行抗', '行再', '行监', '行审', '行审复', '行赔初', '行赔终', '行赔申', '行他', '行辖', '行辖终', '知行初', '知行终'],
  执行: ['执', '执恢', '执保', '执异', '执复', '执监', '执协', '执他', '执外认', '执港认', '执澳认', '执台认', '执清'],
  破产: ['破申', '破', '破终', '破监', '破他', '强清申', '强清', '强清终'],
  保全: ['财保', '行保', '证保', '财保复', '行保复', '证保复'],
  国家赔偿: ['法赔', '委赔', '委赔监', '委赔提', '委赔再', '赔他', '司救民', '司救刑', '司救行', '司救执', '司救他'],
  司法制裁: ['司惩', '司惩复'],
  区际国际司法协助: ['协外认', '协他', '认港', '认澳', '认台', '请港送', '请澳送', '请台送', '请外送'],
};

const KIND_OF_WORD = new Map<string, string>(Object.entries(CASE_TYPE_WORDS).flatMap(([kind, words]) => words.map((w) => [w, kind] as [string, string])));
const WORDS_LONGEST_FIRST = [...KIND_OF_WORD.keys()].sort((a, b) => b.length - a.length);

export interface ParsedCaseNumber {
  /** The official form: （2025）浙0781民初1234号 (full-width parentheses, no spaces). */
  normalized: string;
  /** 收案年度. */
  year: number;
  /** The province abbreviation, or 最高法. */
  province: string;
  /** The whole 法院代字: 浙0781, 浙07, 浙, 最高法. */
  courtCode: string;
  /** 类型代字: 民初, 民终, 行初, 执 … */
  typeWord: string;
  /** What kind of case the type word names: 民事, 行政, 执行, 刑事 … */
  caseKind: string;
  /** 案件编号. */
  sequence: number;
}

export type CaseNumberResult = { ok: true; value: ParsedCaseNumber } | { ok: false; reason: string };

const SHAPE = new RegExp(`^[(\\[〔［【](\\d{4})[)\\]〕］】]${COURT_CASE_CODE_SOURCE}(${WORDS_LONGEST_FIRST.join('|')})(\\d{1,7})号?$`);

/** The earliest 收案年度 accepted (case numbers of the current form and their predecessors). */
export const MIN_CASE_YEAR = 1980;

/**
 * Parses and normalizes a 案号. Input may use half-width or full-width parentheses (also 〔〕 and
 * []), full-width digits, and spaces anywhere; the 号 at the end may be missing. `maxYear` (the
 * current year, from the caller's clock) bounds the 收案年度.
 */
export function parseCaseNumber(input: string, maxYear = 2100): CaseNumberResult {
  if (typeof input !== 'string') return { ok: false, reason: '案号须为文字' };
  // NFKC turns full-width digits and （） into ASCII; whitespace of any width is dropped.
  const compact = input.normalize('NFKC').replace(/\s+/gu, '');
  if (!compact) return { ok: false, reason: '案号不能为空' };
  if (compact.length > 40) return { ok: false, reason: '案号过长' };
  const m = SHAPE.exec(compact);
  if (!m) return { ok: false, reason: explain(compact) };
  const [, yearText, province, digits, typeWord, seqText] = m;
  const year = Number(yearText);
  if (year < MIN_CASE_YEAR || year > maxYear) return { ok: false, reason: `收案年度${year}不在${MIN_CASE_YEAR}至${maxYear}年之间` };
  if (province === '最高法' && digits) return { ok: false, reason: '最高人民法院的法院代字“最高法”后不带数字' };
  const sequence = Number(seqText);
  if (sequence < 1) return { ok: false, reason: '案件编号须从1开始' };
  const courtCode = `${province}${digits ?? ''}`;
  return {
    ok: true,
    value: {
      normalized: `（${year}）${courtCode}${typeWord}${sequence}号`,
      year,
      province,
      courtCode,
      typeWord,
      caseKind: KIND_OF_WORD.get(typeWord)!,
      sequence,
    },
  };
}

/** What is wrong with a string that is not a 案号, in words a clerk understands. */
function explain(s: string): string {
  if (!/^[(\[〔［【]\d{4}[)\]〕］】]/.test(s)) return '案号应以括号中的四位收案年度开头，如（2025）';
  const rest = s.replace(/^[(\[〔［【]\d{4}[)\]〕］】]/, '');
  if (!/^(最高法|[\u4e00-\u9fff])/.test(rest) || !(rest.startsWith('最高法') || (PROVINCE_ABBREVIATIONS as readonly string[]).includes(rest[0])))
    return '年度之后应为法院代字，以省级简称开头，如浙0781';
  const afterCourt = rest.replace(/^(最高法|[\u4e00-\u9fff])\d*/, '');
  const digits = /^(?:最高法|[\u4e00-\u9fff])(\d*)/.exec(rest)?.[1] ?? '';
  if (digits && digits.length !== 2 && digits.length !== 4) return '法院代字的数字应为两位（中级法院）或四位（基层法院）';
  if (!WORDS_LONGEST_FIRST.some((w) => afterCourt.startsWith(w))) return '法院代字之后应为案件类型代字，如民初、民终、行初、执';
  return '案件编号应为数字，以“号”结尾';
}

/** A short label of the format, for messages and placeholders. */
export const CASE_NUMBER_EXAMPLE = '（2025）浙0781民初1234号';

/** The 法院代字 of a court record, normalized (浙0781); null when empty or not one. */
export function courtCodeOf(code: string | null | undefined): string | null {
  return code ? normalizeCourtCaseCode(code) : null;
}
