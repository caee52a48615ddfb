const MAX_NAME_CHARS = 200;

/**
 * The client's file name made safe to keep and to show: no directories (`../../etc/passwd.pdf`
 * keeps only `passwd.pdf`), no control or reserved characters, Unicode NFC, at most 200
 * characters with the extension kept. It is stored only in the database, never used as a path.
 */
export function sanitizeFileName(raw: string | undefined | null, fallbackExtension = ''): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!name) return fallbackExtension ? `file.${fallbackExtension}` : 'file';
  const chars = [...name];
  if (chars.length > MAX_NAME_CHARS) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? [...name.slice(dot)] : [];
    const keepExt = ext.length > 0 && ext.length <= 16 ? ext : [];
    name = chars.slice(0, MAX_NAME_CHARS - keepExt.length).join('') + keepExt.join('');
  }
  return name;
}

/**
 * `Content-Disposition: attachment` for any name (RFC 6266 / RFC 5987): an ASCII fallback in
 * `filename="…"` for old clients and the exact UTF-8 name in `filename*=UTF-8''…`.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
