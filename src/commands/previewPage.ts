/**
 * The preview dialog's content, in plain DOM (the dialog loads no React): per sheet each value
 * as cell, before → after and why, and the cells to be marked — the same data the pane's
 * preview shows.
 */
import type { RunPreview } from '../excel/actions.js';
import { SEVERITY_LABELS } from '../taskpane/labels.js';

export function renderPreview(container: HTMLElement, preview: RunPreview): void {
  const doc = container.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  container.replaceChildren();
  const reasons = el('ul', undefined, 'reasons');
  for (const reason of preview.reasons) reasons.append(el('li', reason));
  container.append(reasons);
  for (const sheet of preview.sheets) {
    if (preview.sheets.length > 1) container.append(el('h2', sheet.sheet));
    if (sheet.entries.length === 0) container.append(el('p', '不改写任何数值。'));
    else {
      const table = el('table');
      const head = el('tr');
      for (const title of ['单元格', '原值', '改为', '原因']) head.append(el('th', title));
      table.append(head);
      for (const entry of sheet.entries) {
        const row = el('tr');
        row.append(
          el('td', entry.address, 'cell'),
          el('td', entry.before === '' ? '（空）' : entry.before, 'before'),
          el('td', entry.after, 'after'),
          el('td', entry.why),
        );
        table.append(row);
      }
      container.append(table);
    }
    if (sheet.marks.length > 0) {
      const listed = sheet.marks
        .slice(0, 20)
        .map((m) => `${m.address}（${SEVERITY_LABELS[m.severity]}）`)
        .join('、');
      container.append(
        el(
          'p',
          `另标记 ${sheet.marks.length} 个单元格（底色和备注，可撤销）：${listed}${sheet.marks.length > 20 ? ' 等' : ''}`,
        ),
      );
    }
  }
}
