/** The task pane's entry: wait for Office, build the Excel adapter, render the pane. */
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { createExcelActions } from '../excel/index.js';
import { browserStore } from '../addin/preferences.js';
import { App } from './App.js';
import { themeFor } from './theme.js';

void Office.onReady(() => {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={themeFor(Office.context.officeTheme)}>
      <App actions={createExcelActions({ Excel, Office })} store={browserStore()} />
    </FluentProvider>,
  );
});
