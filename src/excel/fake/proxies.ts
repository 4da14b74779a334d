/**
 * Proxy objects shaped like Office.js's: calls only queue operations; properties can be read
 * only after `load` and `sync` (else `PropertyNotLoaded`, as in Office.js); `*OrNullObject`
 * proxies report `isNullObject` after the next sync. Only the subset the adapter uses exists.
 */
import type { CellRange } from '../../engine/index.js';
import { containsCell, parseAreas, qualify, rangeToA1 } from '../address.js';
import type { CellFill } from '../../engine/index.js';
import type { FakeCore, Operation } from './core.js';
import { FakeOfficeError } from './errors.js';
import {
  key,
  readFormula,
  readValue,
  rectOf,
  valueType,
  type AnnotationKind,
  type FakeAnnotation,
  type FakePart,
  type FakeSheet,
  type FakeWorkbookState,
} from './model.js';

type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private queue: Operation[] = [];

  constructor(readonly core: FakeCore) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  hasPendingWrites(): boolean {
    return this.queue.some((o) => o.kind === 'write');
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    await this.core.execute(operations);
  }
}

class FakeClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw notLoaded('value');
    return this.result as T;
  }

  set(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

/** The common machinery: lazy resolution of the target, loading, queued writes. */
abstract class FakeProxy<T> {
  protected readonly loaded = new Map<string, unknown>();
  private resolved: { target: T | null } | undefined;

  constructor(
    protected readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
    /** The ExcelApi version every call on this object needs. */
    protected readonly api: string,
    nullable = false,
  ) {
    // Office.js fills in `isNullObject` of an *OrNullObject result at the next sync by itself.
    if (nullable) {
      context.enqueue({
        kind: 'read',
        api,
        requestBytes: 40,
        run: () => {
          this.loaded.set('isNullObject', this.target() === null);
          return 20;
        },
      });
    }
  }

  get isNullObject(): boolean {
    return this.prop('isNullObject');
  }

  /** Resolves once (at the first operation that needs it) and keeps the same object after. */
  target(): T | null {
    this.resolved ??= { target: this.resolver() };
    return this.resolved.target;
  }

  protected existing(): T {
    const target = this.target();
    if (target === null)
      throw new FakeOfficeError('InvalidOperation', 'The object is a null object.');
    return target;
  }

  protected prop<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec);
    this.context.enqueue({
      kind: 'read',
      api: this.api,
      requestBytes: 60,
      run: () => {
        const target = this.target();
        let bytes = 0;
        for (const name of names) {
          const value = target === null ? null : this.read(target, name);
          this.loaded.set(name.split(':')[0] ?? name, value);
          bytes += this.size(value);
        }
        this.loaded.set('isNullObject', target === null);
        return bytes;
      },
    });
    return this;
  }

  /** Reads one loadable property from the target. */
  protected abstract read(target: T, name: string): unknown;

  protected write(change: (target: T) => void, requestBytes = 80, api = this.api): void {
    this.context.enqueue({
      kind: 'write',
      api,
      requestBytes,
      run: () => {
        change(this.existing());
        return 20;
      },
    });
  }

  /** A method with a result: null on a null object, unless the fake is set to fail there. */
  protected method<V>(compute: (target: T) => V, api = this.api): FakeClientResult<V> {
    const result = new FakeClientResult<V>();
    this.context.enqueue({
      kind: 'read',
      api,
      requestBytes: 60,
      run: () => {
        const target = this.target();
        if (target === null && this.context.core.options.nullObjectMethods === 'throw') {
          throw new FakeOfficeError('InvalidOperation', 'A method was called on a null object.');
        }
        const value = target === null ? (null as V) : compute(target);
        result.set(value);
        return this.size(value);
      },
    });
    return result;
  }

  protected size(value: unknown): number {
    // A collection's `items` are proxies: Office sends each as its loaded properties, which the
    // item's own load counts, so here they count as an empty object.
    return this.context.core.options.payloadLimitBytes === null
      ? 0
      : (JSON.stringify(value, (_key, v: unknown) => (v instanceof FakeProxy ? {} : v)) ?? '')
          .length;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly customXmlParts: FakeCustomXmlParts;

  constructor(context: FakeRequestContext) {
    const state = () => context.core.state;
    this.worksheets = new FakeWorksheets(context, state, '1.1');
    this.customXmlParts = new FakeCustomXmlParts(context, state, '1.5');
  }
}

class FakeWorksheets extends FakeProxy<FakeWorkbookState> {
  get items(): FakeWorksheet[] {
    return this.prop('items');
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.existing().active(), '1.1');
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.existing().sheet(key), '1.1');
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.existing().findSheet(key), '1.4', true);
  }

  protected read(target: FakeWorkbookState, name: string): unknown {
    if (!name.startsWith('items'))
      throw new FakeOfficeError('InvalidArgument', `Cannot load ${name}.`);
    return target.sheets.map((sheet) => {
      const proxy = new FakeWorksheet(this.context, () => sheet, '1.1');
      proxy.fill(sheet, itemNames(name));
      return proxy;
    });
  }

  override load(spec?: LoadSpec): this {
    return super.load(collectionSpec(spec));
  }
}

class FakeWorksheet extends FakeProxy<FakeSheet> {
  private noteCollection: FakeAnnotations | undefined;
  private commentCollection: FakeAnnotations | undefined;
  readonly protection: FakeProtectionProxy;

  constructor(
    context: FakeRequestContext,
    resolver: () => FakeSheet | null,
    api: string,
    nullable = false,
  ) {
    super(context, resolver, api, nullable);
    this.protection = new FakeProtectionProxy(context, () => this.target(), '1.2');
  }

  get id(): string {
    return this.prop('id');
  }

  get name(): string {
    return this.prop('name');
  }

  get visibility(): string {
    return this.prop('visibility');
  }

  get notes(): FakeAnnotations {
    this.noteCollection ??= new FakeAnnotations(this.context, () => this.target(), '1.18', 'notes');
    return this.noteCollection;
  }

  get comments(): FakeAnnotations {
    this.commentCollection ??= new FakeAnnotations(
      this.context,
      () => this.target(),
      '1.10',
      'comments',
    );
    return this.commentCollection;
  }

  /** Sets loaded properties directly (for items of a loaded collection). */
  fill(sheet: FakeSheet, names: readonly string[]): void {
    for (const name of names) this.loaded.set(name, this.read(sheet, name));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.target();
        const used = sheet?.usedRange(valuesOnly);
        return sheet && used ? { sheet, rect: used } : null;
      },
      '1.4',
      true,
    );
  }

  getRange(address: string): FakeRange {
    return new FakeRange(
      this.context,
      () => ({ sheet: this.existing(), rect: rectOf(address) }),
      '1.1',
    );
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const rect = { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    return new FakeRange(this.context, () => ({ sheet: this.existing(), rect }), '1.7');
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const areas = parseAreas(address);
        if (areas.length > this.context.core.options.areaLimit) {
          throw new FakeOfficeError(
            'InvalidArgument',
            `Too many areas (${areas.length}) in one range.`,
          );
        }
        return { sheet: this.existing(), rects: areas.map((a) => a.range) };
      },
      '1.9',
    );
  }

  activate(): void {
    this.context.enqueue({
      kind: 'ui',
      api: '1.1',
      requestBytes: 40,
      run: () => {
        const sheet = this.existing();
        this.context.core.state.activeSheetId = sheet.id;
        return 0;
      },
    });
  }

  protected read(target: FakeSheet, name: string): unknown {
    switch (name) {
      case 'id':
        return target.id;
      case 'name':
        return target.name;
      case 'visibility':
        return target.visibility;
      default:
        throw new FakeOfficeError('InvalidArgument', `Cannot load Worksheet.${name}.`);
    }
  }
}

class FakeProtectionProxy extends FakeProxy<FakeSheet> {
  get protected(): boolean {
    return this.prop('protected');
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this.prop('options');
  }

  protected read(target: FakeSheet, name: string): unknown {
    if (name === 'protected') return target.protection.protected;
    if (name === 'options') {
      return {
        allowFormatCells: target.protection.allowFormatCells,
        allowEditObjects: target.protection.allowEditObjects,
      };
    }
    throw new FakeOfficeError('InvalidArgument', `Cannot load WorksheetProtection.${name}.`);
  }
}

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: CellRange;
}

class FakeRange extends FakeProxy<RangeTarget> {
  readonly format: { readonly fill: FakeFill };

  constructor(
    context: FakeRequestContext,
    resolver: () => RangeTarget | null,
    api: string,
    nullable = false,
  ) {
    super(context, resolver, api, nullable);
    this.format = {
      fill: new FakeFill(
        context,
        () => {
          const t = this.target();
          return t ? { sheet: t.sheet, rects: [t.rect] } : null;
        },
        api,
      ),
    };
  }

  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get values(): unknown[][] {
    return this.prop('values');
  }
  set values(values: unknown[][]) {
    this.assign(values);
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  set formulas(formulas: unknown[][]) {
    this.assign(formulas);
  }
  get numberFormat(): unknown[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.write(({ sheet, rect }) => {
      checkShape(rect, formats);
      each(rect, formats, (row, col, format) => {
        if (format !== null && format !== undefined) sheet.setFormat(row, col, String(format));
      });
    }, arrayBytes(formats));
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }

  getCellProperties(
    options: Excel.CellPropertiesLoadOptions,
  ): FakeClientResult<Excel.CellProperties[][]> {
    return this.method(
      ({ sheet, rect }) => grid(rect, (row, col) => cellProperties(sheet, row, col, options)),
      '1.9',
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const t = this.target();
        if (!t) return null;
        // As Excel does (office-js issue #3611): only areas whose top-left cell is in the range.
        const rects = t.sheet.merges.filter((m) => containsCell(t.rect, m.top, m.left));
        return rects.length > 0 ? { sheet: t.sheet, rects } : null;
      },
      '1.13',
      true,
    );
  }

  select(): void {
    this.context.enqueue({
      kind: 'ui',
      api: this.api,
      requestBytes: 40,
      run: () => {
        const { sheet, rect } = this.existing();
        this.context.core.state.selection = { sheetId: sheet.id, range: rect };
        return 0;
      },
    });
  }

  /** `values` and `formulas` are parsed alike (a leading "=" makes a formula either way). */
  private assign(inputs: unknown[][]): void {
    this.write(({ sheet, rect }) => {
      checkShape(rect, inputs);
      // Excel checks the whole assignment before changing any cell of it.
      each(rect, inputs, (row, col, input) => {
        if (input !== null && input !== undefined) sheet.guardContent(row, col);
      });
      each(rect, inputs, (row, col, input) => sheet.input(row, col, input));
    }, arrayBytes(inputs));
  }

  protected read({ sheet, rect }: RangeTarget, name: string): unknown {
    switch (name) {
      case 'address':
        return qualify(sheet.name, rect);
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'values':
        return grid(rect, (row, col) => readValue(sheet.cell(row, col)));
      case 'formulas':
        return grid(rect, (row, col) => readFormula(sheet.cell(row, col)));
      case 'numberFormat':
        return grid(rect, (row, col) => sheet.cell(row, col).format);
      case 'valueTypes':
        return grid(rect, (row, col) => valueType(sheet.cell(row, col)));
      default:
        throw new FakeOfficeError('InvalidArgument', `Cannot load Range.${name}.`);
    }
  }
}

interface AreasTarget {
  readonly sheet: FakeSheet;
  readonly rects: readonly CellRange[];
}

class FakeRangeAreas extends FakeProxy<AreasTarget> {
  readonly format: { readonly fill: FakeFill };

  constructor(
    context: FakeRequestContext,
    resolver: () => AreasTarget | null,
    api: string,
    nullable = false,
  ) {
    super(context, resolver, api, nullable);
    this.format = { fill: new FakeFill(context, () => this.target(), api) };
  }

  get address(): string {
    return this.prop('address');
  }

  get areaCount(): number {
    return this.prop('areaCount');
  }

  protected read({ sheet, rects }: AreasTarget, name: string): unknown {
    if (name === 'address') return rects.map((r) => qualify(sheet.name, r)).join(',');
    if (name === 'areaCount') return rects.length;
    throw new FakeOfficeError('InvalidArgument', `Cannot load RangeAreas.${name}.`);
  }
}

class FakeFill extends FakeProxy<AreasTarget> {
  set color(color: string) {
    this.change({ color: color.toUpperCase() }, '1.1');
  }
  set pattern(pattern: string) {
    this.change({ pattern }, '1.9');
  }
  set patternColor(color: string) {
    this.change({ patternColor: color.toUpperCase() }, '1.9');
  }
  set tintAndShade(value: number) {
    this.change({ tintAndShade: value }, '1.9');
  }
  set patternTintAndShade(value: number) {
    this.change({ patternTintAndShade: value }, '1.9');
  }

  clear(): void {
    this.change('clear', '1.1');
  }

  private change(change: Partial<CellFill> | 'clear', api: string): void {
    this.write(
      ({ sheet, rects }) => {
        sheet.guardFormat();
        for (const rect of rects) each(rect, null, (row, col) => sheet.setFill(row, col, change));
      },
      80,
      maxVersion(api, this.api),
    );
  }

  protected read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'Load fills through getCellProperties.');
  }
}

class FakeAnnotations extends FakeProxy<FakeSheet> {
  constructor(
    context: FakeRequestContext,
    resolver: () => FakeSheet | null,
    api: string,
    private readonly kind: AnnotationKind,
  ) {
    super(context, resolver, api);
  }

  get items(): FakeAnnotationItem[] {
    return this.prop('items');
  }

  add(cell: FakeRange | string, content: string): FakeAnnotationItem {
    let created: FakeAnnotation | null = null;
    this.write(
      (sheet) => {
        const at = typeof cell === 'string' ? { sheet, rect: rectOf(cell) } : cell.target();
        if (!at || at.rect.top !== at.rect.bottom || at.rect.left !== at.rect.right) {
          throw new FakeOfficeError('InvalidArgument', 'A note or comment needs a single cell.');
        }
        at.sheet.guardObjects();
        const k = key(at.rect.top, at.rect.left);
        if (at.sheet.notes.has(k) || at.sheet.comments.has(k)) {
          throw new FakeOfficeError(
            'InvalidOperation',
            `The cell ${rangeToA1(at.rect)} already has a note or comment.`,
          );
        }
        const state = this.context.core.state;
        created = { id: state.newId(this.kind), content, author: 'Ziping' };
        at.sheet.annotations(this.kind).set(k, created);
      },
      200 + content.length * 3,
    );
    return new FakeAnnotationItem(
      this.context,
      () => (created ? { sheet: this.existing(), annotation: created } : null),
      this.api,
      this.kind,
    );
  }

  protected read(sheet: FakeSheet, name: string): unknown {
    if (!name.startsWith('items'))
      throw new FakeOfficeError('InvalidArgument', `Cannot load ${name}.`);
    return [...sheet.annotations(this.kind).values()].map((annotation) => {
      const item = new FakeAnnotationItem(
        this.context,
        () => ({ sheet, annotation }),
        this.api,
        this.kind,
      );
      item.fill(annotation, itemNames(name));
      return item;
    });
  }

  override load(spec?: LoadSpec): this {
    return super.load(collectionSpec(spec));
  }
}

interface AnnotationTarget {
  readonly sheet: FakeSheet;
  readonly annotation: FakeAnnotation;
}

class FakeAnnotationItem extends FakeProxy<AnnotationTarget> {
  constructor(
    context: FakeRequestContext,
    resolver: () => AnnotationTarget | null,
    api: string,
    private readonly kind: AnnotationKind,
  ) {
    super(context, resolver, api);
  }

  get content(): string {
    return this.prop('content');
  }

  fill(annotation: FakeAnnotation, names: readonly string[]): void {
    for (const name of names)
      this.loaded.set(name, name === 'content' ? annotation.content : annotation.id);
  }

  delete(): void {
    this.write(({ sheet, annotation }) => {
      sheet.guardObjects();
      const k = this.where(sheet, annotation);
      sheet.annotations(this.kind).delete(k);
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const { sheet, annotation } = this.existing();
        const [row, col] = this.where(sheet, annotation).split(':').map(Number);
        return {
          sheet,
          rect: { top: row ?? 0, left: col ?? 0, bottom: row ?? 0, right: col ?? 0 },
        };
      },
      this.api,
    );
  }

  private where(sheet: FakeSheet, annotation: FakeAnnotation): string {
    for (const [k, a] of sheet.annotations(this.kind)) if (a === annotation) return k;
    throw new FakeOfficeError('ItemNotFound', 'The note or comment no longer exists.');
  }

  protected read({ annotation }: AnnotationTarget, name: string): unknown {
    if (name === 'content') return annotation.content;
    if (name === 'id') return annotation.id;
    throw new FakeOfficeError('InvalidArgument', `Cannot load ${name}.`);
  }
}

class FakeCustomXmlParts extends FakeProxy<FakeWorkbookState> {
  add(xml: string): FakePartProxy {
    let created: FakePart | null = null;
    this.write((state) => {
      const namespaceUri = rootNamespace(xml);
      created = { id: state.newId('part'), namespaceUri, xml };
      state.parts.push(created);
    }, 100 + xml.length);
    return new FakePartProxy(this.context, () => created, this.api);
  }

  getByNamespace(namespaceUri: string): FakeScopedParts {
    return new FakeScopedParts(
      this.context,
      () => ({ state: this.existing(), namespaceUri }),
      this.api,
    );
  }

  protected read(): unknown {
    throw new FakeOfficeError('InvalidArgument', 'Load parts through getByNamespace.');
  }
}

interface ScopedTarget {
  readonly state: FakeWorkbookState;
  readonly namespaceUri: string;
}

class FakeScopedParts extends FakeProxy<ScopedTarget> {
  get items(): FakePartProxy[] {
    return this.prop('items');
  }

  getOnlyItemOrNullObject(): FakePartProxy {
    return new FakePartProxy(
      this.context,
      () => {
        const matching = this.matching(this.existing());
        return matching.length === 1 ? (matching[0] ?? null) : null;
      },
      this.api,
      true,
    );
  }

  private matching({ state, namespaceUri }: ScopedTarget): FakePart[] {
    return state.parts.filter((p) => p.namespaceUri === namespaceUri);
  }

  protected read(target: ScopedTarget, name: string): unknown {
    if (!name.startsWith('items'))
      throw new FakeOfficeError('InvalidArgument', `Cannot load ${name}.`);
    return this.matching(target).map((part) => {
      const proxy = new FakePartProxy(this.context, () => part, this.api);
      proxy.fill(part);
      return proxy;
    });
  }

  override load(spec?: LoadSpec): this {
    return super.load(collectionSpec(spec));
  }
}

class FakePartProxy extends FakeProxy<FakePart> {
  get id(): string {
    return this.prop('id');
  }

  fill(part: FakePart): void {
    this.loaded.set('id', part.id);
  }

  getXml(): FakeClientResult<string> {
    return this.method((part) => part.xml);
  }

  setXml(xml: string): void {
    this.write((part) => {
      rootNamespace(xml);
      part.xml = xml;
    }, 100 + xml.length);
  }

  delete(): void {
    this.write((part) => {
      const parts = this.context.core.state.parts;
      const index = parts.indexOf(part);
      if (index === -1)
        throw new FakeOfficeError('ItemNotFound', 'The custom XML part no longer exists.');
      parts.splice(index, 1);
    });
  }

  protected read(part: FakePart, name: string): unknown {
    if (name === 'id') return part.id;
    if (name === 'namespaceUri') return part.namespaceUri;
    throw new FakeOfficeError('InvalidArgument', `Cannot load CustomXmlPart.${name}.`);
  }
}

function cellProperties(
  sheet: FakeSheet,
  row: number,
  col: number,
  options: Excel.CellPropertiesLoadOptions,
): Excel.CellProperties {
  const cell = sheet.cell(row, col);
  const out: Excel.CellProperties = {};
  const fillOptions = options.format?.fill;
  if (fillOptions || options.format?.protection) {
    const format: Excel.CellPropertiesFormat = {};
    if (fillOptions) {
      const fill: Excel.CellPropertiesFill = {};
      if (fillOptions.color) fill.color = cell.fill.color;
      if (fillOptions.pattern) fill.pattern = cell.fill.pattern as Excel.FillPattern;
      if (fillOptions.patternColor) fill.patternColor = cell.fill.patternColor;
      if (fillOptions.tintAndShade) fill.tintAndShade = cell.fill.tintAndShade;
      if (fillOptions.patternTintAndShade) fill.patternTintAndShade = cell.fill.patternTintAndShade;
      format.fill = fill;
    }
    if (options.format?.protection)
      format.protection = { locked: cell.locked, formulaHidden: false };
    out.format = format;
  }
  if (options.address)
    out.address = qualify(sheet.name, { top: row, left: col, bottom: row, right: col });
  return out;
}

function grid<T>(rect: CellRange, at: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: T[] = [];
    for (let col = rect.left; col <= rect.right; col++) line.push(at(row, col));
    rows.push(line);
  }
  return rows;
}

function each(
  rect: CellRange,
  inputs: unknown[][] | null,
  visit: (row: number, col: number, input: unknown) => void,
): void {
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      visit(row, col, inputs?.[row - rect.top]?.[col - rect.left]);
    }
  }
}

function checkShape(rect: CellRange, inputs: unknown[][]): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (
    !Array.isArray(inputs) ||
    inputs.length !== rows ||
    inputs.some((r) => !Array.isArray(r) || r.length !== cols)
  ) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The array does not match the size of ${rangeToA1(rect)}.`,
    );
  }
}

function arrayBytes(rows: unknown[][]): number {
  return Array.isArray(rows) ? (JSON.stringify(rows) ?? '').length : 0;
}

function rootNamespace(xml: string): string {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>/, '').trim();
  const root = /^<[\w:.-]+([^>]*)>/.exec(body);
  if (!root) throw new FakeOfficeError('InvalidArgument', 'The XML is not well formed.');
  return /\sxmlns="([^"]*)"/.exec(root[1] ?? '')?.[1] ?? '';
}

function loadNames(spec: LoadSpec): string[] {
  const text =
    spec === undefined
      ? ''
      : Array.isArray(spec)
        ? spec.join(',')
        : typeof spec === 'string'
          ? spec
          : (spec.select ?? '');
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** "items/name, items/visibility" loads one "items" entry carrying both names. */
function collectionSpec(spec: LoadSpec): string {
  const names = loadNames(spec).map((n) => n.replace(/^items\//, ''));
  return `items:${names.join('|')}`;
}

function itemNames(spec: string): string[] {
  return spec
    .replace(/^items:?/, '')
    .split('|')
    .filter((s) => s.length > 0);
}

function maxVersion(a: string, b: string): string {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2) ? a : b;
}

function notLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
