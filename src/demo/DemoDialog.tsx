/**
 * The demo's stand-ins for Office's dialogs: the ribbon's notice (a refusal) and its preview (what
 * a run will write, with 确认写入 / 取消) — the preview with the pane's own component.
 */
import { lazy, Suspense } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RunPreview } from '../excel/actions.js';

const PreviewView = lazy(() =>
  import('../taskpane/components/PreviewView.js').then((m) => ({ default: m.PreviewView })),
);

export type DemoDialogState =
  | { readonly kind: 'notice'; readonly message: string; readonly close: () => void }
  | {
      readonly kind: 'preview';
      readonly preview: RunPreview;
      readonly answer: (write: boolean, remember: boolean) => void;
    };

const useStyles = makeStyles({
  overlay: {
    position: 'fixed',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(0,0,0,.3)',
    zIndex: 10,
  },
  dialog: {
    width: '440px',
    maxHeight: '80vh',
    overflowY: 'auto',
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    boxShadow: tokens.shadow28,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  title: { color: '#c50f1f' },
});

export function DemoDialog({ state }: { state: DemoDialogState }) {
  const styles = useStyles();
  return (
    <div className={styles.overlay}>
      <div
        className={styles.dialog}
        role="dialog"
        aria-modal="true"
        aria-label={state.kind === 'notice' ? '自评助手未能完成操作' : '写入前预览'}
        data-testid={`dialog-${state.kind}`}
      >
        {state.kind === 'notice' ? (
          <>
            <Text weight="semibold" size={400} className={styles.title}>
              自评助手未能完成操作
            </Text>
            <Text>{state.message}</Text>
            <Button appearance="primary" onClick={state.close}>
              知道了
            </Button>
          </>
        ) : (
          <Suspense fallback={<Text>正在打开预览…</Text>}>
            <PreviewView
              preview={state.preview}
              busy={false}
              onConfirm={(remember) => state.answer(true, remember)}
              onCancel={() => state.answer(false, false)}
            />
          </Suspense>
        )}
      </div>
    </div>
  );
}
