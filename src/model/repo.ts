/**
 * What the adapter read from the repository for evidence detectors: every file path
 * (bounded) and the text of files small enough to scan. The core never touches the disk.
 */
export interface RepoFile {
  /** POSIX path relative to the repository root. */
  path: string;
  size: number;
  /** Present for text files within the read budget. */
  text?: string;
}

export interface RepoSnapshot {
  files: RepoFile[];
  /** The walk stopped early (file-count or byte budget); detectors say so instead of concluding "absent". */
  truncated: boolean;
}
