import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { CellRef } from "../../excel";
import { useLanguage } from "../language";
import { useReturnFocus } from "../shared/useReturnFocus";

/** Asks before a fix replaces formulas with values; the dialog opens on Hủy, the safe answer. */
export function ConfirmFormulaDialog(props: { cells?: CellRef[]; onConfirm: () => void; onCancel: () => void }) {
  const { m } = useLanguage();
  useReturnFocus(props.cells !== undefined);
  const cells = (props.cells ?? []).map((c) => c.cell).join(", ");
  return (
    <Dialog open={props.cells !== undefined} modalType="alert" onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.confirmTitle}</DialogTitle>
          <DialogContent>{m.confirmBody(cells)}</DialogContent>
          <DialogActions>
            {/* Hủy first: Fluent's dialog focuses its first button, and the safe answer must be the one Enter gives. */}
            <Button appearance="secondary" onClick={props.onCancel}>
              {m.cancel}
            </Button>
            <Button appearance="primary" onClick={props.onConfirm}>
              {m.confirmOverwrite}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
