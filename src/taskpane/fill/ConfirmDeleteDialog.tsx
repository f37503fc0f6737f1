import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useLanguage } from "../language";

/** Asks before undo deletes an inserted sheet the user has typed into; it opens on Hủy. */
export function ConfirmDeleteDialog({ sheet, onAnswer }: { sheet?: string; onAnswer: (answer: "delete" | "cancel") => void }) {
  const { m } = useLanguage();
  return (
    <Dialog open={sheet !== undefined} modalType="alert" onOpenChange={(_, data) => !data.open && onAnswer("cancel")}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.fill.deleteTitle}</DialogTitle>
          <DialogContent>{m.fill.deleteBody(sheet ?? "")}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer("delete")}>
              {m.fill.deleteSheet}
            </Button>
            <Button appearance="secondary" onClick={() => onAnswer("cancel")} autoFocus>
              {m.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
