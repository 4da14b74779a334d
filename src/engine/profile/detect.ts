/**
 * Which profile a sheet follows, from what it shows: its texts (title, region, 表号, notes),
 * its headers and its template shape (level-1 labels and caps, the execution score). Pure;
 * the caller fills `ProfileEvidence` from the recognised sheet. A regional profile is chosen
 * only on evidence of its own (its places, 表号, notes or a shape no national template has);
 * otherwise the national profile of the table's kind.
 */
import { num } from '../text/format.js';
import { normalizeText } from '../text/normalize.js';
import { BODY_ENDINGS } from '../recognize/vocabulary.js';
import type { Profile, TableKind, WeightSet } from './profile.js';
import { NATIONAL_BY_KIND, PROFILES } from './registry.js';

export interface ProfileEvidence {
  /** The sheet's title line, as written ("2023年度四川省省级项目支出绩效自评表"). */
  readonly title?: string;
  /** The worksheet's name ("部门整体支出绩效自评表"): the table's kind when no text says it. */
  readonly sheetName?: string;
  /**
   * Other texts of the rows above the indicator grid (表号, 部门/项目名称, 主管部门 …) and of
   * the notes under it (注：…, 备注：…), as written.
   */
  readonly texts: readonly string[];
  /** Header texts of the indicator grid and of the budget block ("权重", "指标性质"). */
  readonly headers: readonly string[];
  /**
   * Level-1 indicators: the label as written and its cap — the stated one, else Σ of its
   * leaves' caps, else null.
   */
  readonly level1: readonly { readonly label: string; readonly cap: number | null }[];
  /** 分值 of the 预算执行率 score, when the sheet has one. */
  readonly executionCap: number | null;
}

export interface ProfileDetection {
  readonly profile: Profile;
  /** What was seen, in Chinese, strongest first ("表号 510000_0013zp", "标题含「四川省」"). */
  readonly evidence: readonly string[];
  /** False when the choice rests on weak or conflicting evidence: the user should confirm it. */
  readonly sure: boolean;
}

/** Province-level names: a sheet that names one has a region, whether or not a profile knows it. */
const PROVINCES = [
  '北京',
  '天津',
  '河北',
  '山西',
  '内蒙古',
  '辽宁',
  '吉林',
  '黑龙江',
  '上海',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '广西',
  '海南',
  '重庆',
  '四川',
  '贵州',
  '云南',
  '西藏',
  '陕西',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
] as const;

/**
 * A body or a project named after its place ("保山市退役军人事务局", "昌宁县供销合作社联合社",
 * "昌宁县…建设项目"): the sheet names a place even when no list knows it. Not "食品市场监管局"
 * (市场) nor "市级" figures.
 */
const PLACED_BODY = new RegExp(
  `^[\\u4e00-\\u9fa5]{2,4}?(省|市|县|区|州|盟|旗)(?!场|级)[\\u4e00-\\u9fa5]*(${BODY_ENDINGS}|社|项目)$`,
);

/**
 * The placed body a cell names in one of its fragments between spaces and colons
 * ("单位名称：昌宁县供销合作社联合社  填报日期：…"), read before normalising drops the spaces.
 */
function placedBodyIn(raw: string): string | null {
  for (const part of raw.split(/[\s:：]+/)) {
    const name = normalizeText(part);
    if (PLACED_BODY.test(name)) return name;
  }
  return null;
}

/** How much each kind of evidence weighs; a regional profile needs CHOSEN, a sure one SURE. */
const POINTS = {
  formCode: 100,
  region: 30,
  phrase: 20,
  shape: 30,
  executionDistinct: 20,
  executionConsistent: 5,
  header: 5,
  contradiction: -50,
} as const;
const CHOSEN = 20;
const SURE = 50;

const KIND_WORDS: readonly (readonly [string, TableKind])[] = [
  ['部门整体', 'department'],
  ['整体支出', 'department'],
  ['整体绩效', 'department'],
  ['项目支出', 'project'],
  // "转移支付整体绩效目标自评表" rates a transfer payment as a whole: a project table.
  ['转移支付', 'project'],
  ['项目绩效', 'project'],
  ['项目自评', 'project'],
  ['项目名称', 'project'],
];
const KIND_NAME: Readonly<Record<TableKind, string>> = {
  project: '项目支出表',
  department: '部门整体支出表',
};

interface Text {
  readonly title: string;
  readonly body: readonly string[];
  readonly headers: readonly string[];
  /**
   * Whether a place is named in the title or body. Nearly every place of every profile is
   * not, and one pass over the texts tells which are (see {@link placesIn}).
   */
  readonly names: (place: string) => boolean;
  /**
   * The title, body and headers joined by a character no phrase or 表号 contains: one
   * search finds whether any text holds one.
   */
  readonly allText: string;
  /** `allText` lower-cased, for 表号. */
  readonly allLower: string;
}

const APART = '\u0000';

/** The national templates' weight sets and execution caps, which regional evidence is told from. */
const NATIONAL_SETS = Object.values(NATIONAL_BY_KIND).flatMap((p) => p.weightSets);
const NATIONAL_CAPS: ReadonlySet<number | null> = new Set(
  Object.values(NATIONAL_BY_KIND).map((p) => p.execution.cap),
);

interface Candidate {
  readonly profile: Profile;
  readonly points: number;
  readonly evidence: readonly string[];
  /** Evidence that points to this profile and to no national one. */
  readonly specific: boolean;
  readonly contradicted: boolean;
  readonly formCode: boolean;
  /** One of the profile's own phrases was seen. */
  readonly phrase: boolean;
}

export function detectProfile(
  evidence: ProfileEvidence,
  profiles: readonly Profile[] = PROFILES,
): ProfileDetection {
  const title = normalizeText(evidence.title ?? '');
  const body = evidence.texts.map(normalizeText);
  const headers = evidence.headers.map(normalizeText);
  const placeText = [title, ...body].join(APART);
  const allText = [placeText, ...headers].join(APART);
  const places = placeIndex(profiles);
  const named = placesIn(placeText, places);
  const asked = places.all;
  const text: Text = {
    title,
    body,
    headers,
    names: (place) => (asked.has(place) ? named.has(place) : placeText.includes(place)),
    allText,
    allLower: allText.toLowerCase(),
  };
  const kind = kindOf(text, evidence.sheetName);
  const national = NATIONAL_BY_KIND[kind?.kind ?? 'project'];
  const placedBody = [evidence.title ?? '', ...evidence.texts].reduce<string | null>(
    (found, raw) => found ?? placedBodyIn(raw),
    null,
  );
  const namesPlace = named.size > 0 || placedBody !== null;

  const notes: string[] = [];
  const candidates: Candidate[] = [];
  for (const profile of profiles) {
    const { regions, formCodes } = profile.signature;
    if (regions.length === 0 && formCodes.length === 0) continue;
    const candidate = score(profile, evidence, text);
    if (!candidate.specific) continue;
    if (kind && !profile.kinds.includes(kind.kind)) {
      notes.push(`${candidate.evidence[0]}，但「${profile.name}」只适用于${kinds(profile)}`);
      continue;
    }
    // A sheet that names its place is not another place's template, whatever its shape.
    const placed = regions.some((r) => find(text, r) !== null);
    if (namesPlace && !placed && !candidate.formCode) continue;
    if (candidate.contradicted && !candidate.formCode) {
      notes.push(...candidate.evidence);
      continue;
    }
    // A form's rules need the form: its 表号 or its notes' own words, not only its province
    // (a province publishes many forms).
    if (formCodes.length > 0 && !candidate.formCode && !candidate.phrase) {
      notes.push(`${candidate.evidence[0]}，但未见「${profile.name}」的表号或说明文字`);
      continue;
    }
    candidates.push(candidate);
  }

  const best = candidates.filter((c) => c.points >= CHOSEN).sort((a, b) => b.points - a.points)[0];
  // With no word for its kind, a sheet is read as its profile's kind (a project table by default).
  const kindLine = (profile: Profile) =>
    kind?.evidence ??
    `未写明表的类型，按${KIND_NAME[profile.kinds.includes('project') ? 'project' : profile.kinds[0]!]}处理`;
  if (best) {
    return {
      profile: best.profile,
      evidence: [...best.evidence, kindLine(best.profile)],
      sure: !best.contradicted && (best.formCode || best.points >= SURE),
    };
  }

  const place =
    PROVINCES.map((p) => find(text, p)).find((p) => p !== null) ??
    (placedBody ? `表中写明「${placedBody}」` : null);
  const why =
    notes.length > 0
      ? notes
      : place
        ? [`${place}，暂无该地区的规则`]
        : ['未见地区、表号或地方模板的特征'];
  const shape = nationalShape(national, evidence);
  return {
    profile: national,
    evidence: [...why, ...shape.evidence, kindLine(national), `选用「${national.name}」`],
    sure: kind !== null && !namesPlace && notes.length === 0 && !shape.contradicted,
  };
}

function kindOf(
  text: Text,
  sheetName: string | undefined,
): { kind: TableKind; evidence: string } | null {
  const inTitle = KIND_WORDS.map(([word, kind]) => ({ word, kind, at: text.title.indexOf(word) }))
    .filter((w) => w.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (inTitle)
    return {
      kind: inTitle.kind,
      evidence: `标题含「${inTitle.word}」：${KIND_NAME[inTitle.kind]}`,
    };
  const sheet = normalizeText(sheetName ?? '');
  const inName = KIND_WORDS.find(([word]) => sheet.includes(word));
  if (inName)
    return { kind: inName[1], evidence: `工作表名含「${inName[0]}」：${KIND_NAME[inName[1]]}` };
  for (const [word, kind] of KIND_WORDS) {
    if (text.body.some((t) => t.includes(word)))
      return { kind, evidence: `表中写有「${word}」：${KIND_NAME[kind]}` };
  }
  return null;
}

/** The places a sheet may name, by the character they start with. */
interface PlaceIndex {
  readonly all: ReadonlySet<string>;
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
}

/** One index per list of profiles (the registry's, in practice), built on first use. */
const placeIndexes = new WeakMap<readonly Profile[], PlaceIndex>();

function placeIndex(profiles: readonly Profile[]): PlaceIndex {
  let index = placeIndexes.get(profiles);
  if (index === undefined) {
    const all = new Set([...PROVINCES, ...profiles.flatMap((p) => p.signature.regions)]);
    const byFirst = new Map<number, string[]>();
    for (const place of all) {
      const first = place.charCodeAt(0);
      const list = byFirst.get(first);
      if (list) list.push(place);
      else byFirst.set(first, [place]);
    }
    index = { all, byFirst };
    placeIndexes.set(profiles, index);
  }
  return index;
}

/**
 * Which of the indexed places occur in `text`, in one pass over it: the names are looked up
 * by the character they start with, rather than each searched for through the whole text.
 */
function placesIn(text: string, places: PlaceIndex): Set<string> {
  // An empty name is in every text (and has no first character to be found by).
  const found = new Set<string>(places.all.has('') ? [''] : []);
  for (let i = 0; i < text.length; i++) {
    const starting = places.byFirst.get(text.charCodeAt(i));
    if (starting === undefined) continue;
    for (const place of starting) if (text.startsWith(place, i)) found.add(place);
  }
  return found;
}

function kinds(profile: Profile): string {
  return profile.kinds.map((k) => KIND_NAME[k]).join('、');
}

/**
 * Where a name stands: "标题含「四川省」" or "表中文字含「青神县」"; null when nowhere. A 省/市
 * right after the name is shown with it, as the sheet writes it.
 */
function find(text: Text, name: string): string | null {
  if (!text.names(name)) return null;
  const shown = (t: string, at: number) => {
    const next = t[at + name.length];
    return next === '省' || next === '市' ? name + next : name;
  };
  const at = text.title.indexOf(name);
  if (at >= 0) return `标题含「${shown(text.title, at)}」`;
  for (const t of text.body) {
    const i = t.indexOf(name);
    if (i >= 0) return `表中文字含「${shown(t, i)}」`;
  }
  return null;
}

function score(profile: Profile, evidence: ProfileEvidence, text: Text): Candidate {
  const { formCodes, regions, phrases, headers } = profile.signature;
  const lines: string[] = [];
  let points = 0;
  let specific = false;
  let contradicted = false;

  const code = formCodes.find((c) => text.allLower.includes(c.toLowerCase()));
  if (code) {
    lines.push(`表号 ${code}`);
    points += POINTS.formCode;
    specific = true;
  }
  const place = regions.map((r) => find(text, r)).find((p) => p !== null);
  if (place) {
    lines.push(place);
    points += POINTS.region;
    specific = true;
  }
  let phraseSeen = false;
  for (const phrase of phrases) {
    if (!text.allText.includes(phrase)) continue;
    lines.push(`表中写明「${phrase}」`);
    points += POINTS.phrase;
    specific = true;
    phraseSeen = true;
  }
  for (const set of profile.weightSets) {
    const own = set.weights.some(
      (w) => !NATIONAL_SETS.some((s) => s.weights.some((n) => n.label === w.label)),
    );
    if (!own || !matchesShape(set, evidence.level1)) continue;
    lines.push(`一级指标 ${weightList(set)}`);
    points += POINTS.shape;
    specific = true;
  }
  const execution = executionEvidence(profile, evidence);
  if (execution) {
    lines.push(execution.line);
    points += execution.points;
    specific ||= execution.distinct;
    contradicted ||= execution.points < 0;
  }
  const seen = headers.filter((h) => text.headers.some((t) => t.includes(h)));
  if (seen.length > 0) {
    lines.push(`表头有${seen.map((h) => `「${h}」`).join('')}列`);
    points += POINTS.header * seen.length;
  }
  return {
    profile,
    points,
    evidence: lines,
    specific,
    contradicted,
    formCode: code !== undefined,
    phrase: phraseSeen,
  };
}

function weightList(set: WeightSet): string {
  return set.weights.map((w) => `${w.label} ${num(w.cap)} 分`).join('、');
}

/** Every weight of the set found among the level-1 labels ("投  入" is 投入) with its cap. */
function matchesShape(set: WeightSet, level1: ProfileEvidence['level1']): boolean {
  return set.weights.every((w) =>
    level1.some(
      (l) =>
        l.cap !== null &&
        Math.abs(l.cap - w.cap) < 1e-6 &&
        normalizeText(l.label).includes(w.label),
    ),
  );
}

/** The execution score against the profile's: distinct (湖北's 20), consistent, or contradicting. */
function executionEvidence(
  profile: Profile,
  evidence: ProfileEvidence,
): { line: string; points: number; distinct: boolean } | null {
  const found = evidence.executionCap;
  const expected = profile.execution.cap;
  if (found === null) return null;
  if (expected === null) {
    return {
      line: `预算执行率 ${num(found)} 分，「${profile.name}」没有单列的预算执行率得分`,
      points: POINTS.contradiction,
      distinct: false,
    };
  }
  if (Math.abs(found - expected) > 1e-6) {
    return {
      line: `预算执行率 ${num(found)} 分，与「${profile.name}」规定的 ${num(expected)} 分不符`,
      points: POINTS.contradiction,
      distinct: false,
    };
  }
  const caps = evidence.level1.map((l) => l.cap);
  const rest =
    caps.length > 0 && caps.every((c): c is number => c !== null)
      ? caps.reduce((s, c) => s + c, 0)
      : null;
  const line =
    rest !== null && Math.abs(rest + found - profile.fullMarks) < 1e-6
      ? `预算执行率 ${num(found)} 分 + 绩效指标 ${num(rest)} 分`
      : `预算执行率 ${num(found)} 分`;
  const distinct = !NATIONAL_CAPS.has(expected);
  return {
    line,
    points: distinct ? POINTS.executionDistinct : POINTS.executionConsistent,
    distinct,
  };
}

/** What agrees (or not) with the national template the sheet falls back to. */
function nationalShape(
  national: Profile,
  evidence: ProfileEvidence,
): { evidence: string[]; contradicted: boolean } {
  const lines: string[] = [];
  for (const set of national.weightSets) {
    if (matchesShape(set, evidence.level1))
      lines.push(`一级指标 ${weightList(set)}，与全国模板一致`);
  }
  const cap = national.execution.cap;
  const found = evidence.executionCap;
  const contradicted = found !== null && cap !== null && Math.abs(found - cap) > 1e-6;
  if (found !== null && cap !== null)
    lines.push(
      contradicted
        ? `预算执行率 ${num(found)} 分，与全国模板的 ${num(cap)} 分不同`
        : `预算执行率 ${num(found)} 分`,
    );
  return { evidence: lines, contradicted };
}
