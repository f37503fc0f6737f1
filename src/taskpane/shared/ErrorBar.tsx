import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { ExcelFailure } from "../../excel";
import { useLanguage } from "../language";

/** Shows a failed Excel call (by its error code) or an unexpected error, in the pane's language. */
export function ErrorBar({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const { lang, m } = useLanguage();
  const text =
    error instanceof ExcelFailure
      ? `${error.userMessage[lang]} (${m.errorCode(error.code)})`
      : m.unexpected(error instanceof Error ? error.message : String(error));
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          {m.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
