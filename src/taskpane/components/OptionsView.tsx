/** How 重新计算 runs: write values or only mark, notes on or off, which sheets. Remembered. */
import {
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import type { RunOptions } from '../../excel/actions.js';

export interface OptionsViewProps {
  readonly options: RunOptions;
  readonly sheets: readonly string[];
  readonly onChange: (options: RunOptions) => void;
  readonly onRefreshSheets: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  option: { display: 'flex', flexDirection: 'column' },
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
  sheetList: {
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalXL,
    minWidth: 0,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export function OptionsView({ options, sheets, onChange, onRefreshSheets }: OptionsViewProps) {
  const styles = useStyles();
  const chosen = options.sheets === 'active' ? [] : options.sheets;
  const toggleSheet = (sheet: string, checked: boolean) => {
    const next = checked ? [...chosen, sheet] : chosen.filter((s) => s !== sheet);
    // Keep the workbook's order so runs list sheets as the tabs do.
    onChange({ ...options, sheets: sheets.filter((s) => next.includes(s)) });
  };
  return (
    <div className={styles.root}>
      <div className={styles.option}>
        <Switch
          label="写入计算结果"
          checked={options.writeValues}
          onChange={(_, data) => onChange({ ...options, writeValues: data.checked })}
        />
        <Text size={200} className={styles.hint}>
          {options.writeValues
            ? '写回合计、执行率、得分率和评价等级；公式和已填的得分不会被改写。'
            : '只标记问题，不改动表中的任何数值。'}
        </Text>
      </div>
      <div className={styles.option}>
        <Switch
          label="在单元格上添加备注"
          checked={options.notes}
          onChange={(_, data) => onChange({ ...options, notes: data.checked })}
        />
        <Text size={200} className={styles.hint}>
          {options.notes
            ? '每个标记的单元格附一条备注，写明问题和依据。'
            : '只用底色标记，说明只在面板中列出。'}
        </Text>
      </div>
      <Field label="检查哪些工作表">
        <RadioGroup
          value={options.sheets === 'active' ? 'active' : 'named'}
          onChange={(_, data) =>
            onChange({
              ...options,
              sheets: data.value === 'active' ? 'active' : sheets.slice(0, 1),
            })
          }
        >
          <Radio value="active" label="当前工作表" />
          <Radio value="named" label="指定的工作表" disabled={sheets.length === 0} />
        </RadioGroup>
      </Field>
      {options.sheets !== 'active' && (
        <div className={styles.sheetList} role="group" aria-label="要检查的工作表">
          {sheets.map((sheet) => (
            <Checkbox
              key={sheet}
              label={sheet}
              checked={chosen.includes(sheet)}
              // At least one sheet stays chosen, or the run would have nothing to check.
              disabled={chosen.length === 1 && chosen.includes(sheet)}
              onChange={(_, data) => toggleSheet(sheet, data.checked === true)}
            />
          ))}
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowSyncRegular />}
            onClick={onRefreshSheets}
          >
            刷新工作表列表
          </Button>
        </div>
      )}
      <Text size={200} className={styles.note}>
        这些选项会被记住，功能区的「重新计算」按钮也按它们运行。
      </Text>
    </div>
  );
}
