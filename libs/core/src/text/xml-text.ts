/**
 * Characters XML 1.0 does not allow (`Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]`): C0 controls other than tab, line feed and carriage return, U+FFFE/U+FFFF
 * and surrogates that are not part of a pair. One of them in word/document.xml and Word refuses
 * the whole file ("unreadable content").
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without the characters XML 1.0 forbids (they carry no meaning on a printed letter). */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/**
 * A copy of data with every string made {@link xmlSafe}, however deep (arrays, plain objects;
 * dates and numbers untouched). The API accepts these characters in text (only NUL is refused):
 * they are dropped where the text becomes an XML-based file (DOCX, xlsx) or a PDF.
 */
export function xmlSafeData<T>(data: T): T {
  if (typeof data === 'string') return xmlSafe(data) as T;
  if (Array.isArray(data)) return data.map((x) => xmlSafeData(x)) as T;
  if (data !== null && typeof data === 'object' && Object.getPrototypeOf(data) === Object.prototype) {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, xmlSafeData(v)])) as T;
  }
  return data;
}
