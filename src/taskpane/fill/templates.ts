/**
 * The standard forms shipped with Soát (assets/templates/*.xlsx), as the pane inserts them. The
 * JSON is written by scripts/make-template-json.js at every build: the pane has no .xlsx reader.
 */
import type { SheetLayout } from "../../excel";
import generated from "./templates.generated.json";

export interface StandardForm extends SheetLayout {
  /** The template's file in assets/templates. */
  file: string;
}

export const STANDARD_FORMS: StandardForm[] = generated as StandardForm[];
