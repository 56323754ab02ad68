/** A link as the model hands it to layouts: where it goes and what it says. */
export interface Link {
  readonly url: string;
  readonly label: string;
}
