import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useLanguage } from "../language";
import { useReturnFocus } from "../shared/useReturnFocus";

/** Asks before undo deletes an inserted sheet the user has typed into; it opens on Hủy. */
export function ConfirmDeleteDialog({ sheet, onAnswer }: { sheet?: string; onAnswer: (answer: "delete" | "cancel") => void }) {
  const { m } = useLanguage();
  useReturnFocus(sheet !== undefined);
  return (
    <Dialog open={sheet !== undefined} modalType="alert" onOpenChange={(_, data) => !data.open && onAnswer("cancel")}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.fill.deleteTitle}</DialogTitle>
          <DialogContent>{m.fill.deleteBody(sheet ?? "")}</DialogContent>
          <DialogActions>
            {/* Hủy first: Fluent's dialog focuses its first button. */}
            <Button appearance="secondary" onClick={() => onAnswer("cancel")}>
              {m.cancel}
            </Button>
            <Button appearance="primary" onClick={() => onAnswer("delete")}>
              {m.fill.deleteSheet}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
