import { promises as fs } from 'node:fs';
import { bufferReader, listZipEntries, RangeReader } from './zip-directory';

/** The file kinds we accept, told apart by their content, never by what the client claims. */
export type FileKind = 'pdf' | 'docx' | 'xlsx' | 'doc' | 'xls' | 'jpg' | 'png' | 'ofd';

export interface FileKindInfo {
  kind: FileKind;
  contentType: string;
  extensions: string[];
}

export const FILE_KINDS: Record<FileKind, FileKindInfo> = {
  pdf: { kind: 'pdf', contentType: 'application/pdf', extensions: ['pdf'] },
  docx: { kind: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { kind: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  doc: { kind: 'doc', contentType: 'application/msword', extensions: ['doc'] },
  xls: { kind: 'xls', contentType: 'application/vnd.ms-excel', extensions: ['xls'] },
  jpg: { kind: 'jpg', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { kind: 'png', contentType: 'image/png', extensions: ['png'] },
  ofd: { kind: 'ofd', contentType: 'application/ofd', extensions: ['ofd'] },
};

/**
 * What the bytes are, as a family: an OLE2 compound file may be a .doc or an .xls (both share
 * the container; the extension picks which), a ZIP is told apart by its entries.
 */
export type DetectedFamily = 'pdf' | 'png' | 'jpg' | 'ole2' | 'docx' | 'xlsx' | 'ofd';

const PDF = Buffer.from('%PDF-', 'latin1');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPG = Buffer.from([0xff, 0xd8, 0xff]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const HEAD_BYTES = 16;

const startsWith = (head: Buffer, magic: Buffer) => head.length >= magic.length && head.subarray(0, magic.length).equals(magic);

/** Classifies a ZIP by its entry names (OOXML: [Content_Types].xml plus word/ or xl/; OFD: OFD.xml). */
export function classifyZip(names: string[]): DetectedFamily | null {
  const set = new Set(names);
  if (set.has('[Content_Types].xml')) {
    if (names.some((n) => n.startsWith('word/'))) return 'docx';
    if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
    return null;
  }
  if (set.has('OFD.xml')) return 'ofd';
  return null;
}

/** Detects the family of a file through a range reader, reading only its head and (for ZIPs) its central directory. */
export async function detectFamily(read: RangeReader, size: number): Promise<DetectedFamily | null> {
  if (size === 0) return null;
  const head = await read(0, Math.min(HEAD_BYTES, size));
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, JPG)) return 'jpg';
  if (startsWith(head, OLE2)) return 'ole2';
  if (startsWith(head, ZIP)) {
    const names = await listZipEntries(read, size);
    return names ? classifyZip(names) : null;
  }
  return null;
}

/** The lower-case extension of a file name, without the dot ('' when none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 || dot === fileName.length - 1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * The accepted kind of a file whose content is `family` and whose name ends in `extension`, or
 * null when they disagree (an executable renamed .pdf, a .docx called .xlsx) or either is not
 * one we accept.
 */
export function resolveKind(family: DetectedFamily | null, extension: string): FileKindInfo | null {
  if (!family) return null;
  const ext = extension.toLowerCase();
  if (family === 'ole2') {
    if (ext === 'doc') return FILE_KINDS.doc;
    if (ext === 'xls') return FILE_KINDS.xls;
    return null;
  }
  const info = FILE_KINDS[family];
  return info.extensions.includes(ext) ? info : null;
}

/** Detects a buffer's kind (unit tests and small inputs). */
export async function detectBuffer(buf: Buffer, fileName: string): Promise<FileKindInfo | null> {
  return resolveKind(await detectFamily(bufferReader(buf), buf.length), extensionOf(fileName));
}

/** Detects a file's kind on disk, reading only its head and ZIP directory. */
export async function detectFile(filePath: string, fileName: string): Promise<FileKindInfo | null> {
  const fh = await fs.open(filePath, 'r');
  try {
    const { size } = await fh.stat();
    const read: RangeReader = async (offset, length) => {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await fh.read(buf, 0, length, offset);
      return buf.subarray(0, bytesRead);
    };
    return resolveKind(await detectFamily(read, size), extensionOf(fileName));
  } finally {
    await fh.close();
  }
}
