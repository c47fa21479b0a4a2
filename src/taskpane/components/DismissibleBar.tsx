/** A message bar the user can close (the pane's notices and the ribbon's status). */
import type { ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { NoticeIntent } from "../pane-context";
import { usePane } from "../pane-context";

export function DismissibleBar(props: { intent: NoticeIntent; title?: string; onDismiss: () => void; children: ReactNode; testId?: string }) {
  const { t } = usePane();
  return (
    <MessageBar intent={props.intent} layout="multiline" data-testid={props.testId}>
      <MessageBarBody>
        {props.title && <MessageBarTitle>{props.title}</MessageBarTitle>}
        {props.children}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t("action.dismiss")} icon={<DismissRegular />} onClick={props.onDismiss} />}
      />
    </MessageBar>
  );
}
