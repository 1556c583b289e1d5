/** A source that breaks the data build's rules: the message names file, row and reason. */
export class DataBuildError extends Error {}
