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
