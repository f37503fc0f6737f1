import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useLanguage } from "../language";
import { useReturnFocus } from "../shared/useReturnFocus";

/** How many cells the question names before "…". */
const SHOWN = 8;

/** Asks before a fill writes over form cells that already hold figures: overwrite, fill the empty ones only, or cancel (where it opens). */
export function ConfirmOverwriteDialog({ cells, onAnswer }: { cells?: string[]; onAnswer: (answer: "overwrite" | "empty-only" | "cancel") => void }) {
  const { m } = useLanguage();
  useReturnFocus(cells !== undefined);
  const named = (cells ?? []).slice(0, SHOWN).join(", ") + ((cells?.length ?? 0) > SHOWN ? ", …" : "");
  return (
    <Dialog open={cells !== undefined} modalType="alert" onOpenChange={(_, data) => !data.open && onAnswer("cancel")}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.fill.confirmTitle}</DialogTitle>
          <DialogContent>{m.fill.confirmBody(cells?.length ?? 0, named)}</DialogContent>
          <DialogActions>
            {/* Hủy first: Fluent's dialog focuses its first button. */}
            <Button appearance="secondary" onClick={() => onAnswer("cancel")}>
              {m.cancel}
            </Button>
            <Button appearance="primary" onClick={() => onAnswer("overwrite")}>
              {m.fill.overwrite}
            </Button>
            <Button onClick={() => onAnswer("empty-only")}>{m.fill.emptyOnly}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
