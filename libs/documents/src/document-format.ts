const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (enough for item and section numbers). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return String(n);
}

/** 'YYYY-MM-DD' → 2026年3月6日; anything else is returned as given. */
export function chineseDate(value: string | null | undefined): string {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
}

/** A timestamp in the business time zone as 2026年3月6日 14时05分; text is returned as given. */
export function chineseDateTime(value: string | Date | null | undefined, timeZone = 'Asia/Shanghai'): string {
  if (!value) return '';
  const d = value instanceof Date ? value : /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) return String(value);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}时${parts.minute}分`;
}

/** 主送 / 抄送 lists are printed joined by 、 */
export function joinNames(names: string[]): string {
  return names.filter((n) => n && n.trim()).join('、');
}

/** The sections of the letter in print order, shared by the PDF and DOCX renderers. */
export const SECTION_TITLES = {
  background: '基本情况',
  causeAnalysis: '原因分析',
  problems: '存在的问题',
  recommendations: '司法建议',
} as const;

/**
 * The sentence that leads into the recommendations, citing the legal basis:
 * 《物业管理条例》第六条 → 根据《物业管理条例》第六条的规定，特提出如下建议：
 * (several lines are joined with 、; a basis already written as 根据……的规定 is not doubled).
 */
export function legalBasisLead(legalBasis: string): string {
  const parts = legalBasis
    .split(/\r?\n/)
    .map((p) => p.trim().replace(/[。；;，,、\s]+$/u, ''))
    .filter(Boolean);
  if (!parts.length) return '为此，特提出如下建议：';
  let basis = parts.join('、').replace(/^(根据|依据|依照)/u, '');
  if (!/(的规定|之规定|规定)$/u.test(basis)) basis += '的规定';
  return `根据${basis}，特提出如下建议：`;
}

/** 附件 names as printed: without the file extension (GB/T 9704: 附件名称后不加标点). */
export function attachmentTitle(fileName: string): string {
  const base = fileName.trim().replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return base || fileName.trim();
}
