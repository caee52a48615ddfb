/**
 * Reads the names in a ZIP file's central directory without unpacking anything: enough to tell
 * a .docx from an .xlsx from an .ofd. Works through a `read(offset, length)` callback so a file on
 * disk is never loaded whole.
 */
export type RangeReader = (offset: number, length: number) => Promise<Buffer>;

const EOCD_SIGNATURE = 0x06054b50;
const CDH_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
/** A central directory larger than this is not an office document we accept. */
const MAX_DIRECTORY_BYTES = 8 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

/** The entry names of a ZIP archive of `size` bytes, or null when it is not a readable ZIP. */
export async function listZipEntries(read: RangeReader, size: number): Promise<string[] | null> {
  if (size < EOCD_MIN) return null;
  const tailLength = Math.min(size, EOCD_MIN + MAX_COMMENT);
  const tail = await read(size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  // ZIP64 markers (0xFFFF / 0xFFFFFFFF): far beyond any upload we accept.
  if (entries === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) return null;
  if (entries > MAX_ENTRIES || dirSize > MAX_DIRECTORY_BYTES || dirOffset + dirSize > size) return null;
  const dir = await read(dirOffset, dirSize);
  const names: string[] = [];
  let p = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CDH_SIGNATURE) return null;
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    if (p + 46 + nameLength > dir.length) return null;
    names.push(dir.toString('utf8', p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** A {@link RangeReader} over a buffer (tests, small inputs). */
export function bufferReader(buf: Buffer): RangeReader {
  return async (offset, length) => buf.subarray(offset, offset + length);
}
