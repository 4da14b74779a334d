/**
 * Severity as the pane shows it: the same colours as the marks in the grid (Excel's Bad and
 * Neutral styles, Accent 1) and always an icon as well, so colour is never the only sign.
 */
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { Finding, Severity } from '../engine/index.js';
import { MARK_INK } from '../engine/index.js';
import { SEVERITY_LABELS } from './labels.js';

export const useSeverityStyles = makeStyles({
  error: { color: MARK_INK.error },
  warning: { color: MARK_INK.warning },
  info: { color: MARK_INK.info },
  /** Inside a coloured chip the icon takes the chip's ink. */
  inherit: { color: 'inherit' },
});

export function SeverityIcon({ severity, className }: { severity: Severity; className?: string }) {
  const styles = useSeverityStyles();
  const props = {
    className: mergeClasses(styles[severity], className),
    'aria-label': SEVERITY_LABELS[severity],
    role: 'img',
  };
  switch (severity) {
    case 'error':
      return <ErrorCircleFilled {...props} />;
    case 'warning':
      return <WarningFilled {...props} />;
    case 'info':
      return <InfoFilled {...props} />;
  }
}

/** The worst severity among findings, or null when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length > 0 ? 'info' : null;
}
