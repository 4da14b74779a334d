/**
 * What the fake does at `context.sync()`: run the queued operations in order against the
 * workbook state — stopping at the first failure and keeping what ran before it, as Excel does —
 * and count every sync, so tests can hold the adapter to one read and one write.
 */
import { FakeOfficeError, type FakeErrorCode } from './errors.js';
import type { FakeWorkbookState } from './model.js';

/** A queued call: a load (read), a change to the workbook (write) or to the view (ui). */
export interface Operation {
  readonly kind: 'read' | 'write' | 'ui';
  /** The ExcelApi version the call needs; the sync fails with ApiNotFound below it. */
  readonly api: string;
  /** Estimated bytes the call adds to the request (arguments such as a values array). */
  readonly requestBytes: number;
  /** Runs the call; returns the bytes it adds to the response. */
  run(): number;
}

export interface SyncRecord {
  readonly reads: number;
  readonly writes: number;
  readonly ui: number;
  /** The error code when the sync failed. */
  readonly failed?: string;
}

export interface FakeOptions {
  /** Requirement sets and their highest version, e.g. { ExcelApi: '1.18' }. */
  readonly requirementSets: Readonly<Record<string, string>>;
  /** Areas `getRanges` accepts in one address (Excel's limit is near 500). */
  readonly areaLimit: number;
  /** Excel on the web's request and response limit, or `null` for desktop (no limit). */
  readonly payloadLimitBytes: number | null;
  /** How a method call on a null object behaves: answer null (default) or fail the sync. */
  readonly nullObjectMethods: 'null' | 'throw';
}

export interface Fault {
  /** Write operations that succeed before the failure. */
  readonly afterWrites: number;
  readonly code: FakeErrorCode;
}

export class FakeCore {
  readonly syncs: SyncRecord[] = [];
  readonly runs: Excel.RunOptions[] = [];
  private readonly listeners = new Set<() => void>();
  private fault: Fault | null = null;

  constructor(
    readonly state: FakeWorkbookState,
    readonly options: FakeOptions,
  ) {}

  supports(name: string, version: string): boolean {
    const have = this.options.requirementSets[name];
    return have !== undefined && compareVersions(have, version) >= 0;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Makes the next sync that changes the workbook fail after `afterWrites` of its writes. */
  failNextWrite(fault: Fault): void {
    this.fault = fault;
  }

  async execute(operations: readonly Operation[]): Promise<void> {
    const count = (kind: Operation['kind']) => operations.filter((o) => o.kind === kind).length;
    const record = { reads: count('read'), writes: count('write'), ui: count('ui') };
    // Listeners (the demo grid) also want to know when the selection or active sheet moved.
    let wrote = false;
    try {
      const limit = this.options.payloadLimitBytes;
      if (limit !== null && operations.reduce((n, o) => n + o.requestBytes, 0) > limit) {
        throw new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          'The request payload size has exceeded the limit.',
        );
      }
      const fault = record.writes > 0 ? this.fault : null;
      if (fault) this.fault = null;
      let writes = 0;
      let response = 0;
      for (const operation of operations) {
        if (!this.supports('ExcelApi', operation.api)) {
          throw new FakeOfficeError('ApiNotFound', `This call needs ExcelApi ${operation.api}.`);
        }
        if (operation.kind !== 'read') wrote = true;
        if (operation.kind === 'write') {
          if (fault && writes === fault.afterWrites) {
            throw new FakeOfficeError(fault.code, `Injected failure after ${writes} writes.`);
          }
          writes++;
        }
        response += operation.run();
      }
      if (limit !== null && response > limit) {
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          'The response payload size has exceeded the limit.',
        );
      }
      this.syncs.push(record);
    } catch (error) {
      this.syncs.push({ ...record, failed: (error as { code?: string }).code ?? 'Error' });
      throw error;
    } finally {
      if (wrote) for (const listener of this.listeners) listener();
    }
    // Office.js resolves sync asynchronously; so does the fake, so ordering bugs show up.
    await Promise.resolve();
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
