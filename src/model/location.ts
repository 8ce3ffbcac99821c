/** A place in the scanned repository that a fact or a finding points at. Lines and columns are 1-based. */
export interface Location {
  path: string;
  line?: number;
  column?: number;
}

/** An input problem: it names the file, the place, what is wrong and how to fix it. */
export interface InputError {
  path: string;
  line?: number;
  column?: number;
  message: string;
  hint?: string;
}

/** Something the user should know that is not an error (a skipped lookalike file, an unknown field). */
export interface Notice {
  path: string;
  line?: number;
  message: string;
}
