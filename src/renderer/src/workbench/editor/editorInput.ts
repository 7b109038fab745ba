/** What an editor tab shows: an editor kind (registered by a contribution) and an optional resource. */
export interface EditorInput {
  readonly kind: string;
  /** Which item of that kind, e.g. an import id for the dataset editor. */
  readonly resource?: string;
  /** A title remembered with the tab when it depends on data (a dataset's file name). */
  readonly label?: string;
}

/** The tab's identity: one tab per kind and resource. */
export function editorKey(input: EditorInput): string {
  return input.resource === undefined ? input.kind : `${input.kind}:${input.resource}`;
}
