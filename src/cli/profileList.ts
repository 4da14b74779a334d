/**
 * `ziping profiles`: the scoring rules a user can pick with `--profile`, each with the
 * published document it follows, so whoever picks one can look the document up.
 *
 * JSON (`--format json`) is one array, one object per profile; add fields, never rename them:
 *
 *   [{"id", "name",
 *     "source": {"title", "issuer", "number" | null, "year", "url" | null, "seenIn" | null}}]
 */
import type { Profile, ProfileSource } from '../engine/index.js';

export interface JsonProfile {
  readonly id: string;
  readonly name: string;
  readonly source: {
    readonly title: string;
    readonly issuer: string;
    /** 文号 or 表号; null when the copy found shows none. */
    readonly number: string | null;
    readonly year: number;
    /** Where the copy that was read stands; null when not known. */
    readonly url: string | null;
    /** The publication the form was read in, when that is not the document itself. */
    readonly seenIn: string | null;
  };
}

export function toJsonProfiles(profiles: readonly Profile[]): JsonProfile[] {
  return profiles.map(({ id, name, source }) => ({
    id,
    name,
    source: {
      title: source.title,
      issuer: source.issuer,
      number: source.number,
      year: source.year,
      url: source.url ?? null,
      seenIn: source.seenIn ?? null,
    },
  }));
}

/**
 * One block per profile: the id in a column of its own (what `--profile` takes), the name
 * and the source's lines beside it, aligned under the name.
 */
export function formatProfilesText(profiles: readonly Profile[]): string {
  // Ids are ASCII, one column a character; the header's 编号 takes two columns a character.
  const width = Math.max('编号'.length * 2, ...profiles.map((p) => p.id.length)) + 2;
  const indent = ' '.repeat(width);
  const blocks = profiles.map((profile) =>
    [
      `${profile.id.padEnd(width)}${profile.name}`,
      ...sourceLines(profile.source).map((line) => `${indent}${line}`),
    ].join('\n'),
  );
  return [
    `可选的评分规则共 ${profiles.length} 套。检查时用 ziping check --profile 编号 指定；不指定时按每张表的标题、地区、表号和格式自动识别。`,
    '',
    `${'编号'.padEnd(width - 2)}名称与依据`,
    ...blocks.flatMap((block) => [block, '']),
  ].join('\n');
}

function sourceLines(source: ProfileSource): string[] {
  const { title, issuer, number, year, url, seenIn } = source;
  const lines = [
    `依据：${title}`,
    // Three ideographic spaces: as wide as 依据：, so the issuer's line aligns under the title.
    `${'\u3000'.repeat(3)}${[issuer, number, `${year}年`].filter((part) => part !== null).join('，')}`,
  ];
  if (seenIn !== undefined) lines.push(`见于：${seenIn}`);
  if (url !== undefined) lines.push(`网址：${url}`);
  return lines;
}
