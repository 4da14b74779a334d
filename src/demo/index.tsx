/** The demo page's entry: the 上街区 2021 example in the fake workbook, the real pane beside it. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { shangjie2021 } from '../../examples/sheets/shangjie-2021.js';
import { DemoPage } from './DemoPage.js';
import { createDemoWorkbook } from './workbook.js';

const sheet = shangjie2021.sheets[0];
const container = document.getElementById('root');
if (sheet && container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <DemoPage
        workbook={createDemoWorkbook(sheet)}
        title="郑州市上街区应急管理局 2021 年部门整体绩效自评表"
      />
    </FluentProvider>,
  );
}
