import { simpleParser } from 'mailparser';

export interface ParsedMail {
  messageId: string | null;
  subject: string;
  text: string | null;
  html: string | null;
  headers: Record<string, string>;
}

/** Parses a raw RFC 5322 message (subject, bodies, Message-ID, headers as text). */
export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  const p = await simpleParser(raw);
  const headers: Record<string, string> = {};
  for (const line of p.headerLines) {
    const sep = line.line.indexOf(':');
    const value = sep >= 0 ? line.line.slice(sep + 1).trim() : '';
    headers[line.key] = headers[line.key] ? `${headers[line.key]}\n${value}` : value;
  }
  return {
    messageId: p.messageId ? (p.messageId.startsWith('<') ? p.messageId : `<${p.messageId}>`) : null,
    subject: p.subject ?? '',
    text: p.text ?? null,
    html: typeof p.html === 'string' ? p.html : null,
    headers,
  };
}
