/**
 * Writing a zip package: parts copied as stored (their compressed bytes, CRC and sizes
 * untouched) and parts given new content (deflated here). The container format is the
 * plain one every Office reader expects: local headers, data, central directory, end record;
 * no data descriptors, no ZIP64 (a workbook package never needs 4 GB).
 */
import { deflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zipArchive.js';

export type ZipItem =
  | { readonly kind: 'stored'; readonly entry: ZipEntry; readonly data: Buffer }
  | { readonly kind: 'new'; readonly name: string; readonly content: Buffer };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const MAX_32 = 0xffffffff;

interface Written {
  readonly name: Buffer;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly offset: number;
}

export function writeZip(items: readonly ZipItem[], now = new Date()): Buffer {
  const chunks: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  const { time, date } = dosDateTime(now);
  for (const item of items) {
    const entry =
      item.kind === 'stored'
        ? { ...item.entry, data: item.data }
        : deflated(item.name, item.content, time, date);
    const name = Buffer.from(entry.name, 'utf8');
    const flags = /[^\x20-\x7e]/.test(entry.name) ? UTF8_NAMES : 0;
    const record: Written = { ...entry, name, flags, offset };
    if (offset > MAX_32 || entry.data.length > MAX_32) throw new Error('package larger than 4 GB');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(20, 4);
    writeCommon(header, 6, record);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    chunks.push(header, name, entry.data);
    offset += header.length + name.length + entry.data.length;
    written.push(record);
  }
  const directoryStart = offset;
  for (const record of written) {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(20, 4); // made by: MS-DOS, spec 2.0
    header.writeUInt16LE(20, 6);
    writeCommon(header, 8, record);
    header.writeUInt16LE(record.name.length, 28);
    // extra, comment, disk, internal and external attributes: all 0
    header.writeUInt32LE(record.offset, 42);
    chunks.push(header, record.name);
    offset += header.length + record.name.length;
  }
  if (written.length > 0xffff) throw new Error('package with more than 65,535 parts');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  chunks.push(end);
  return Buffer.concat(chunks);
}

/** Flags, method, time, date, CRC and sizes: laid out alike in local and central headers. */
function writeCommon(header: Buffer, at: number, r: Written): void {
  header.writeUInt16LE(r.flags, at);
  header.writeUInt16LE(r.method, at + 2);
  header.writeUInt16LE(r.time, at + 4);
  header.writeUInt16LE(r.date, at + 6);
  header.writeUInt32LE(r.crc32 >>> 0, at + 8);
  header.writeUInt32LE(r.compressedSize, at + 12);
  header.writeUInt32LE(r.uncompressedSize, at + 16);
}

function deflated(name: string, content: Buffer, time: number, date: number) {
  const data = deflateRawSync(content);
  return {
    name,
    method: DEFLATE,
    crc32: crc32(content),
    compressedSize: data.length,
    uncompressedSize: content.length,
    time,
    date,
    data,
  };
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
