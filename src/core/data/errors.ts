/** A data file that cannot be trusted: names the file, the record and the field, on one line. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  constructor(
    readonly file: string,
    readonly record: string | undefined,
    readonly field: string | undefined,
    readonly problem: string,
  ) {
    super(
      `PlanBot data: ${file}` +
        (record === undefined ? '' : `: record ${record}`) +
        (field === undefined ? '' : `: field ${field}`) +
        `: ${problem}`,
    );
  }
}

/** Several problems at once: reads as the first, with the count of the others. */
export class KnowledgeErrors extends KnowledgeError {
  constructor(readonly all: readonly KnowledgeError[]) {
    const first = all[0]!;
    super(first.file, first.record, first.field, `${first.problem} (and ${all.length - 1} more: npm run check:data lists them all)`);
  }
}
