/**
 * A zip package read with yauzl: its entries in stored order, each part's bytes inflated on
 * demand, and each entry's compressed bytes as stored, so a copy can carry an unchanged part
 * over without inflating and deflating it again.
 *
 * yauzl reads the central directory (ZIP64, comments, name encodings). The package is in
 * memory, so a part's data is sliced from it and inflated at once: a checked workbook has
 * a dozen small parts, and a stream per part would spend more time waiting than working.
 * Only a part too large to inflate whole is streamed (yauzl's stream).
 */
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Parts larger than this (uncompressed) are inflated as a stream, a chunk at a time. */
const WHOLE_PART_LIMIT = 16 * 1024 * 1024;

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** MS-DOS time and date fields, kept as stored. */
  readonly time: number;
  readonly date: number;
}

export class ZipArchive {
  private readonly byName: ReadonlyMap<string, yauzl.Entry>;

  private constructor(
    private readonly bytes: Buffer,
    private readonly zip: yauzl.ZipFile,
    private readonly stored: readonly yauzl.Entry[],
  ) {
    // Package part names are case-insensitive (ECMA-376 Part 2, 6.2.2.3).
    this.byName = new Map(stored.map((e) => [e.fileName.toLowerCase(), e]));
  }

  static async fromBuffer(bytes: Buffer): Promise<ZipArchive> {
    const zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
    const entries: yauzl.Entry[] = [];
    for await (const entry of zip.eachEntry()) entries.push(entry);
    return new ZipArchive(bytes, zip, entries);
  }

  get entries(): readonly ZipEntry[] {
    return this.stored.map(toZipEntry);
  }

  /** The stored name of a part, or undefined; `name` has no leading slash. */
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** Whether a part is small enough to be read whole (else it is streamed). */
  fitsWhole(name: string): boolean {
    return this.entryOf(name).uncompressedSize <= WHOLE_PART_LIMIT;
  }

  /** The inflated bytes of a part. */
  async read(name: string): Promise<Buffer> {
    const entry = this.entryOf(name);
    if (entry.uncompressedSize > WHOLE_PART_LIMIT) return collect(await this.stream(name));
    return this.inflate(entry);
  }

  async readText(name: string): Promise<string> {
    return decodeUtf(await this.read(name));
  }

  /** The part's inflated bytes as a stream, for parts too large to hold at once. */
  async stream(name: string): Promise<Readable> {
    const entry = this.entryOf(name);
    if (entry.uncompressedSize > WHOLE_PART_LIMIT) return this.zip.openReadStreamPromise(entry);
    return Readable.from([this.inflate(entry)]);
  }

  /** The entry's bytes as stored in the zip (compressed), for copying it unchanged. */
  async raw(name: string): Promise<Buffer> {
    return this.dataOf(this.entryOf(name));
  }

  private inflate(entry: yauzl.Entry): Buffer {
    const data = this.dataOf(entry);
    if (entry.compressionMethod === STORED) return data;
    if (entry.compressionMethod !== DEFLATED)
      throw new Error(
        `${entry.fileName}: compression method ${entry.compressionMethod} is not supported`,
      );
    const inflated = inflateRawSync(data);
    if (inflated.length !== entry.uncompressedSize)
      throw new Error(
        `${entry.fileName}: ${inflated.length} bytes inflated, ${entry.uncompressedSize} expected`,
      );
    return inflated;
  }

  /** The entry's compressed data, after its local header. */
  private dataOf(entry: yauzl.Entry): Buffer {
    const at = entry.relativeOffsetOfLocalHeader;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_HEADER)
      throw new Error(`${entry.fileName}: no local file header at ${at}`);
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length)
      throw new Error(`${entry.fileName}: data runs past the end of the file`);
    return this.bytes.subarray(start, end);
  }

  private entryOf(name: string): yauzl.Entry {
    const entry = this.byName.get(name.toLowerCase());
    if (!entry) throw new Error(`no part ${name} in the package`);
    return entry;
  }
}

function toZipEntry(e: yauzl.Entry): ZipEntry {
  return {
    name: e.fileName,
    method: e.compressionMethod,
    crc32: e.crc32,
    compressedSize: e.compressedSize,
    uncompressedSize: e.uncompressedSize,
    time: e.lastModFileTime,
    date: e.lastModFileDate,
  };
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** XML parts are UTF-8, or UTF-16 with a byte-order mark (older exporters). */
export function decodeUtf(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    return swapped.swap16().toString('utf16le');
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
