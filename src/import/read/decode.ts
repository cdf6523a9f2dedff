// Bytes → text. A byte-order mark wins; then strict UTF-8; else GB18030 (Excel on Chinese Windows)
// or Windows-1252 (Excel on Western Windows), told apart by how the high bytes pair up.
import fs from 'node:fs';
import { isAscii as bufferIsAscii, isUtf8 } from 'node:buffer';
import { UsageError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import type { EncodingName } from '../types.js';

export interface Detected {
  encoding: EncodingName;
  /** Bytes of byte-order mark to skip. */
  bom: number;
  /** How it was decided: bom | utf8 | detected | flag | profile. */
  how: string;
}

const ALIASES: Record<string, EncodingName> = {
  utf8: 'utf8',
  'utf-8': 'utf8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  utf16: 'utf16le',
  'utf-16': 'utf16le',
  utf16le: 'utf16le',
  'utf-16le': 'utf16le',
  utf16be: 'utf16be',
  'utf-16be': 'utf16be',
  'windows-1252': 'windows-1252',
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

/** `auto` or one of the supported encodings; anything else is a usage error. */
export function parseEncodingOption(value: string | undefined): EncodingName | 'auto' {
  if (value === undefined || value === '' || value.toLowerCase() === 'auto') return 'auto';
  const e = ALIASES[value.toLowerCase()];
  if (!e) throw new UsageError(msg('import.badEncoding', { v: value }), msg('import.badEncodingHint'));
  return e;
}

export function bomOf(buf: Buffer): { encoding: EncodingName; bom: number } | undefined {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf8', bom: 3 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf16le', bom: 2 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf16be', bom: 2 };
  // GB18030's own BOM (rare, but unambiguous).
  if (buf.length >= 4 && buf[0] === 0x84 && buf[1] === 0x31 && buf[2] === 0x95 && buf[3] === 0x33) return { encoding: 'gb18030', bom: 4 };
  return undefined;
}

/** UTF-8 validity that tolerates a multi-byte sequence cut off at the end of a sample. */
export function isUtf8Prefix(buf: Buffer): boolean {
  if (isUtf8(buf)) return true;
  // Drop up to 3 trailing bytes of an incomplete sequence and try again.
  for (let cut = 1; cut <= 3 && cut < buf.length; cut++) {
    const b = buf[buf.length - cut];
    if ((b & 0xc0) === 0xc0) return isUtf8(buf.subarray(0, buf.length - cut));
    if ((b & 0xc0) !== 0x80) break;
  }
  return false;
}

function looksUtf16(buf: Buffer): EncodingName | undefined {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf16be';
  return undefined;
}

/**
 * GB18030 or Windows-1252 for bytes that are not UTF-8. Chinese text comes in runs of two-byte
 * characters whose bytes are both ≥ 0xA1 (the GB2312 area); accented Western letters are single
 * high bytes between ASCII ones.
 */
export function chineseOrWestern(buf: Buffer): 'gb18030' | 'windows-1252' {
  let gbPairs = 0;
  let lonely = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0x80) continue;
    const next = i + 1 < buf.length ? buf[i + 1] : -1;
    if (b >= 0x81 && b <= 0xfe && next >= 0x40 && next <= 0xfe && next !== 0x7f) {
      if (b >= 0xa1 && next >= 0xa1) gbPairs++;
      else if (next >= 0x80) gbPairs += 0.5;
      else lonely++;
      i++;
      continue;
    }
    if (b >= 0x81 && b <= 0xfe && next >= 0x30 && next <= 0x39) {
      // GB18030 four-byte sequence: b, digit, high, digit.
      const c = buf[i + 2];
      const d = buf[i + 3];
      if (c >= 0x81 && c <= 0xfe && d >= 0x30 && d <= 0x39) {
        gbPairs++;
        i += 3;
        continue;
      }
    }
    lonely++;
  }
  return gbPairs > 0 && gbPairs >= lonely * 2 ? 'gb18030' : 'windows-1252';
}

/** Decide the encoding from the first bytes of a file (a BOM, else the sample). */
export function detectEncoding(sample: Buffer): Detected {
  const bom = bomOf(sample);
  if (bom) return { ...bom, how: 'bom' };
  const u16 = looksUtf16(sample);
  if (u16) return { encoding: u16, bom: 0, how: 'detected' };
  if (isUtf8Prefix(sample)) return { encoding: 'utf8', bom: 0, how: 'utf8' };
  return { encoding: chineseOrWestern(sample), bom: 0, how: 'detected' };
}

/** Whether a sample holds only ASCII (then a later part of the file must decide). */
export function isAscii(buf: Buffer): boolean {
  return bufferIsAscii(buf);
}

const SAMPLE = 1 << 20;

/**
 * Detect a file's encoding. The first MiB decides unless it is pure ASCII, in which case the
 * rest is scanned for the first high bytes.
 */
export async function detectFileEncoding(file: string): Promise<Detected> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const head = Buffer.alloc(SAMPLE);
    const { bytesRead } = await fd.read(head, 0, SAMPLE, 0);
    const sample = head.subarray(0, bytesRead);
    const d = detectEncoding(sample);
    if (d.how !== 'utf8' || !isAscii(sample) || bytesRead < SAMPLE) return d;
    // Pure ASCII so far: look further, a chunk at a time, for the first non-ASCII bytes.
    let pos = bytesRead;
    const chunk = Buffer.alloc(SAMPLE);
    for (;;) {
      const r = await fd.read(chunk, 0, SAMPLE, pos);
      if (r.bytesRead === 0) return d;
      const c = chunk.subarray(0, r.bytesRead);
      const at = bufferIsAscii(c) ? -1 : c.findIndex((b) => b >= 0x80);
      if (at >= 0) {
        // Judge a window around the first high byte, starting at a line boundary.
        const win = Buffer.alloc(SAMPLE);
        const start = Math.max(0, pos + at - 64);
        const w = await fd.read(win, 0, SAMPLE, start);
        let s = win.subarray(0, w.bytesRead);
        const nl = s.indexOf(0x0a);
        if (nl >= 0 && nl < 64) s = s.subarray(nl + 1);
        if (isUtf8Prefix(s)) return d;
        return { encoding: chineseOrWestern(s), bom: 0, how: 'detected' };
      }
      pos += r.bytesRead;
    }
  } finally {
    await fd.close();
  }
}

export interface TextDecoderLike {
  write(buf: Buffer): string;
  end(): string;
}

/** A streaming decoder. UTF-8 is strict: an invalid byte throws (the caller names the line). */
export async function makeDecoder(encoding: EncodingName): Promise<TextDecoderLike> {
  if (encoding === 'utf8' || encoding === 'utf16le' || encoding === 'utf16be') {
    const label = encoding === 'utf8' ? 'utf-8' : encoding === 'utf16le' ? 'utf-16le' : 'utf-16be';
    const d = new TextDecoder(label, { fatal: true, ignoreBOM: true });
    return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
  }
  const iconv = (await import('iconv-lite')).default;
  const d = iconv.getDecoder(encoding, { stripBOM: false });
  return { write: (b) => d.write(b), end: () => d.end() ?? '' };
}

/** The name shown in the summary. */
export function encodingLabel(e: EncodingName): string {
  return { utf8: 'UTF-8', utf16le: 'UTF-16LE', utf16be: 'UTF-16BE', gb18030: 'GB18030', 'windows-1252': 'Windows-1252' }[e];
}
