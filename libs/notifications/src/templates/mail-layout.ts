import { escapeHtml } from '@app/core';

/** A rendered email: what `mail_messages` stores and SMTP carries. */
export interface RenderedMail {
  template: string;
  subject: string;
  text: string;
  html: string;
}

/** The letter an email is about: 文号, title, court, the recipient organization and a link. */
export interface LetterRef {
  /** 文号, e.g. 兰溪法建〔2025〕3号 (null before numbering). */
  number: string | null;
  title: string;
  courtName: string;
  /** The organization the email is addressed to (主送/抄送单位). */
  organizationName: string;
  /** Path of the item in the web app, e.g. `/deliveries/<id>`; joined to APP_URL. */
  path: string;
}

/** `2025-10-09` → `2025年10月9日`. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function itemUrl(appUrl: string, path: string): string {
  return `${appUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export interface MailBody {
  template: string;
  subject: string;
  /** Opening line, e.g. `兰溪市市场监督管理局:` */
  greeting: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** Label/value rows shown as a table in HTML and as lines in text. */
  facts: [string, string][];
  link: { label: string; url: string };
}

const FOOTER = '本邮件由司法建议“一件事”系统自动发送,请勿直接回复。';

/** Renders the same content as plain text and as simple, inline-styled HTML. */
export function renderMailBody(b: MailBody): RenderedMail {
  const text = [
    b.greeting,
    '',
    ...b.paragraphs.flatMap((p) => [p, '']),
    ...b.facts.map(([k, v]) => `${k}:${v}`),
    '',
    `${b.link.label}:${b.link.url}`,
    '',
    '——',
    FOOTER,
    '',
  ].join('\n');
  const rows = b.facts
    .map(
      ([k, v]) =>
        `<tr><th style="text-align:left;padding:4px 12px 4px 0;color:#555;white-space:nowrap">${escapeHtml(k)}</th><td style="padding:4px 0">${escapeHtml(v)}</td></tr>`,
    )
    .join('');
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(b.subject)}</title></head>
<body style="font-family:'PingFang SC','Microsoft YaHei',sans-serif;font-size:14px;color:#222;line-height:1.7">
<p>${escapeHtml(b.greeting)}</p>
${b.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<table style="border-collapse:collapse;margin:12px 0">${rows}</table>
<p><a href="${escapeHtml(b.link.url)}" style="color:#b71c1c">${escapeHtml(b.link.label)}</a></p>
<hr style="border:none;border-top:1px solid #ddd"><p style="color:#888;font-size:12px">${escapeHtml(FOOTER)}</p>
</body></html>
`;
  return { template: b.template, subject: b.subject, text, html };
}

export function letterFacts(l: LetterRef): [string, string][] {
  return [
    ['文号', l.number ?? '(未编号)'],
    ['标题', l.title],
    ['发出法院', l.courtName],
  ];
}

/** 《title》(文号) */
export function letterLabel(l: LetterRef): string {
  return l.number ? `《${l.title}》(${l.number})` : `《${l.title}》`;
}
