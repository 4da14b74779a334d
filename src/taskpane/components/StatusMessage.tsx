/** The outcome of the last action (or of the last ribbon command), in plain Chinese. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';

export interface Notice {
  readonly intent: 'success' | 'error' | 'info' | 'warning';
  readonly title?: string;
  readonly text: string;
}

export function StatusMessage({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      role={notice.intent === 'error' ? 'alert' : 'status'}
    >
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="关闭提示"
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
