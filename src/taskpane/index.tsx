/** The task pane's entry: wait for Office, build the Excel adapter, render the pane. */
import { createRoot } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import { createExcelActions } from '../excel/index.js';
import { browserStore } from '../addin/preferences.js';
import { App } from './App.js';
import { themeFor } from './theme.js';

void Office.onReady(async () => {
  const container = document.getElementById('root');
  if (!container) return;
  const theme = await themeFor(Office.context.officeTheme);
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <App actions={createExcelActions({ Excel, Office })} store={browserStore()} />
    </FluentProvider>,
  );
});
