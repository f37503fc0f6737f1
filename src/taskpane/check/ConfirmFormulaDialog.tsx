import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { CellRef } from "../../excel";
import { useLanguage } from "../language";

/** Asks before a fix replaces formulas with values; the dialog opens on Hủy, the safe answer. */
export function ConfirmFormulaDialog(props: { cells?: CellRef[]; onConfirm: () => void; onCancel: () => void }) {
  const { m } = useLanguage();
  const cells = (props.cells ?? []).map((c) => c.cell).join(", ");
  return (
    <Dialog open={props.cells !== undefined} modalType="alert" onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.confirmTitle}</DialogTitle>
          <DialogContent>{m.confirmBody(cells)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {m.confirmOverwrite}
            </Button>
            <Button appearance="secondary" onClick={props.onCancel} autoFocus>
              {m.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
