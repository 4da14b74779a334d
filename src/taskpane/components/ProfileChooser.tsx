/**
 * Choosing a sheet's 评分规则: every profile, by name with the document it follows, and
 * 自动识别 (let the sheet say which). Loaded on demand with the profiles' data.
 */
import { Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ProfileChoice } from '../../engine/index.js';
import { PROFILES } from '../../engine/index.js';
import { sourceLine } from '../../engine/index.js';

/** The option value of 自动识别: profile ids are plain ASCII words, never in brackets. */
const AUTO = '(auto)';
const AUTO_TEXT = '自动识别';

export interface ProfileChooserProps {
  readonly profile: ProfileChoice;
  readonly busy: boolean;
  readonly onChoose: (profile: string | null) => void;
}

const useStyles = makeStyles({
  dropdown: { width: '100%', minWidth: 0 },
  // A profile's name can be long: it wraps in the closed control rather than widen the pane
  // or push the chevron out of sight.
  button: { gridTemplateColumns: '[content] minmax(0, 1fr) [icon] auto [end]' },
  option: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  source: { color: tokens.colorNeutralForeground3 },
});

export function ProfileChooser({ profile, busy, onChoose }: ProfileChooserProps) {
  const styles = useStyles();
  const selected = profile.chosenBy === 'user' ? profile.id : AUTO;
  const text =
    selected === AUTO ? AUTO_TEXT : (PROFILES.find((p) => p.id === selected)?.name ?? profile.name);
  return (
    <Field label="更改评分规则" size="small">
      <Dropdown
        className={styles.dropdown}
        button={{ className: styles.button }}
        size="small"
        value={text}
        selectedOptions={[selected]}
        disabled={busy}
        inlinePopup
        onOptionSelect={(_, data) => {
          const next = data.optionValue;
          if (next === undefined || next === selected) return;
          onChoose(next === AUTO ? null : next);
        }}
      >
        <Option value={AUTO} text={AUTO_TEXT}>
          <span className={styles.option}>
            <Text size={200}>{AUTO_TEXT}</Text>
            <Text size={100} className={styles.source}>
              按表上的标题、地区、表号和表式判断
            </Text>
          </span>
        </Option>
        {PROFILES.map((p) => (
          <Option key={p.id} value={p.id} text={p.name}>
            <span className={styles.option}>
              <Text size={200}>{p.name}</Text>
              <Text size={100} className={styles.source}>
                {sourceLine(p.source)}
              </Text>
            </span>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
