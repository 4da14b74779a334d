/**
 * The regional rules (评分规则) a sheet was checked by: their name, the document they follow in
 * one line, and why — what detection saw on the sheet, or the user's choice. When detection was
 * not sure it says so and asks the user to choose. The list to choose from loads on demand: the
 * profiles are the engine's data, not the pane's.
 */
import { lazy, Suspense } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ProfileChoice } from '../../engine/index.js';
import { MARK_COLOR, MARK_INK } from '../../engine/index.js';

const ProfileChooser = lazy(() =>
  import('./ProfileChooser.js').then((m) => ({ default: m.ProfileChooser })),
);

export interface SheetRulesProps {
  readonly profile: ProfileChoice;
  readonly busy: boolean;
  /** Rerun the sheet under the profile of this id, or under detected rules (`null`). */
  readonly onChoose: (profile: string | null) => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  caption: { color: tokens.colorNeutralForeground3 },
  source: {
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  why: { color: tokens.colorNeutralForeground2 },
  unsure: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: MARK_COLOR.warning,
    color: MARK_INK.warning,
  },
  chooser: { marginTop: tokens.spacingVerticalXS, minWidth: 0 },
});

export function SheetRules({ profile, busy, onChoose }: SheetRulesProps) {
  const styles = useStyles();
  const unsure = profile.chosenBy === 'detection' && !profile.sure;
  return (
    <section className={styles.root} aria-label="评分规则" data-testid="rules">
      <Text size={200} className={styles.caption}>
        评分规则
      </Text>
      <Text weight="semibold" data-testid="rules-name">
        {profile.name}
      </Text>
      <Text size={200} className={styles.source} title={profile.source} data-testid="rules-source">
        出处：{profile.source}
      </Text>
      {unsure ? (
        <Text size={200} className={styles.unsure} role="note" data-testid="rules-unsure">
          无法确定此表适用哪套评分规则（{profile.evidence.join('；')}
          ），暂按上面的规则检查。请在下面选择此表适用的规则，选择后会按它重新计算。
        </Text>
      ) : (
        <Text size={200} className={styles.why} data-testid="rules-why">
          {profile.chosenBy === 'user' ? '由用户选择' : `识别依据：${profile.evidence.join('；')}`}
        </Text>
      )}
      <div className={styles.chooser}>
        <Suspense fallback={<Text size={200}>正在加载规则列表…</Text>}>
          <ProfileChooser profile={profile} busy={busy} onChoose={onChoose} />
        </Suspense>
      </div>
    </section>
  );
}
