import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildZip, elfExecutable, jpegHeader, minimalDocx, minimalOfd, minimalPdf, minimalPng, minimalXlsx, ole2Header, peExecutable } from '@app/testing';
import { classifyZip, detectBuffer, detectFile, extensionOf, resolveKind } from './file-type-detector';
import { contentDisposition, sanitizeFileName } from './file-name';
import { bufferReader, listZipEntries } from './zip-directory';

describe('file type detection by magic bytes', () => {
  it.each([
    ['建议书.pdf', minimalPdf(), 'application/pdf'],
    ['photo.PNG', minimalPng(), 'image/png'],
    ['scan.jpg', jpegHeader(), 'image/jpeg'],
    ['scan.jpeg', jpegHeader(), 'image/jpeg'],
    ['回复.docx', minimalDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['台账.xlsx', minimalXlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['old.doc', ole2Header(), 'application/msword'],
    ['old.xls', ole2Header(), 'application/vnd.ms-excel'],
    ['公文.ofd', minimalOfd(), 'application/ofd'],
  ])('accepts %s as %s', async (name, bytes, contentType) => {
    expect((await detectBuffer(bytes, name))?.contentType).toBe(contentType);
  });

  it.each([
    ['an ELF binary renamed .pdf', elfExecutable(), 'report.pdf'],
    ['a Windows executable renamed .pdf', peExecutable(), 'report.pdf'],
    ['a Windows executable renamed .docx', peExecutable(), 'report.docx'],
    ['a PDF named .png', minimalPdf(), 'image.png'],
    ['a docx named .xlsx', minimalDocx(), 'sheet.xlsx'],
    ['an xlsx named .docx', minimalXlsx(), 'letter.docx'],
    ['an OLE2 file named .docx', ole2Header(), 'letter.docx'],
    ['a plain zip named .docx', buildZip([{ name: 'readme.txt', data: 'hi' }]), 'letter.docx'],
    [
      'a zip with [Content_Types].xml but no word/ or xl/ part',
      buildZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'ppt/x.xml', data: '<p/>' },
      ]),
      'deck.docx',
    ],
    ['a truncated zip', minimalDocx().subarray(0, 60), 'letter.docx'],
    ['an empty file', Buffer.alloc(0), 'empty.pdf'],
    ['HTML named .pdf', Buffer.from('<html><script>alert(1)</script></html>'), 'x.pdf'],
    ['a PDF without extension', minimalPdf(), 'report'],
    ['a PDF named .exe', minimalPdf(), 'report.exe'],
  ])('rejects %s', async (_what, bytes, name) => {
    expect(await detectBuffer(bytes, name)).toBeNull();
  });

  it('reads ZIP entry names from the central directory', async () => {
    const zip = minimalDocx();
    expect(await listZipEntries(bufferReader(zip), zip.length)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(classifyZip(['OFD.xml', 'Doc_0/Document.xml'])).toBe('ofd');
    expect(classifyZip(['[Content_Types].xml', 'xl/workbook.xml'])).toBe('xlsx');
    expect(classifyZip(['foo.txt'])).toBeNull();
  });

  it('finds the central directory behind a ZIP comment', async () => {
    const zip = minimalDocx();
    const withComment = Buffer.concat([zip, Buffer.from('a comment')]);
    withComment.writeUInt16LE(9, zip.length - 2);
    expect(await listZipEntries(bufferReader(withComment), withComment.length)).toContain('word/document.xml');
  });

  it('detects a file on disk', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'detect-'));
    const file = path.join(dir, 'blob');
    await fs.writeFile(file, minimalDocx());
    expect((await detectFile(file, 'a.docx'))?.kind).toBe('docx');
    expect(await detectFile(file, 'a.pdf')).toBeNull();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('takes the extension case-insensitively and only after the last dot', () => {
    expect(extensionOf('a.tar.PDF')).toBe('pdf');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('noext')).toBe('');
    expect(resolveKind('ole2', 'ppt')).toBeNull();
  });
});

describe('file names', () => {
  it('keeps no directories, control or reserved characters', () => {
    expect(sanitizeFileName('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(sanitizeFileName('..\\..\\windows\\system32.pdf')).toBe('system32.pdf');
    expect(sanitizeFileName('a\u0000b\u202e.pdf')).toBe('ab.pdf');
    expect(sanitizeFileName('what?<x>.pdf')).toBe('what__x_.pdf');
    expect(sanitizeFileName('...', 'pdf')).toBe('file.pdf');
    expect(sanitizeFileName(undefined, 'png')).toBe('file.png');
    expect(sanitizeFileName('关于加强充电桩安全管理的司法建议.pdf')).toBe('关于加强充电桩安全管理的司法建议.pdf');
  });

  it('shortens long names but keeps the extension', () => {
    const name = sanitizeFileName(`${'长'.repeat(300)}.docx`);
    expect([...name].length).toBe(200);
    expect(name.endsWith('.docx')).toBe(true);
  });

  it('builds an RFC 5987 Content-Disposition with an ASCII fallback', () => {
    expect(contentDisposition('司法建议书.pdf')).toBe(`attachment; filename="_____.pdf"; filename*=UTF-8''%E5%8F%B8%E6%B3%95%E5%BB%BA%E8%AE%AE%E4%B9%A6.pdf`);
    expect(contentDisposition(`a "b"'(c).pdf`)).toBe(`attachment; filename="a _b_'(c).pdf"; filename*=UTF-8''a%20%22b%22%27%28c%29.pdf`);
  });
});
