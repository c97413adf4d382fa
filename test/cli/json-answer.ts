/** The part of `npm run ask -- --json` output the CLI tests read. */
export interface JsonAnswer {
  query: string;
  answered: boolean;
  results: {
    kind: string;
    text: string;
    score: number;
    source?: { id: string; title: string; publisher: string; date: string };
  }[];
}
