import type { DocKind } from '../search/documents.js';

/**
 * Every number that decides what a question is answered with and in what order, in one place. Most are
 * calibrated on the question sets in test/core (questions.ts, held-out-questions.ts): change one, then run
 * test/core/retrieval-quality.test.ts and test/core/ranking/page-precision.test.ts.
 */
export const TUNING = {
  /** How the full-text search weighs a hit (core/search/engine.ts). */
  search: {
    /** Field weights: a record's name says most about it, its source sentence least. */
    fieldBoost: { name: 3, en: 2.5, keywords: 1.5, body: 1 },
    /** A number the user typed (2018, 165) pins a record down more than any word. */
    numberBoost: 2,
    /** So a stat or task outranks the passage it was drawn from. */
    kindWeight: {
      stat: 1.4,
      task: 1.3,
      area: 1.3,
      plan: 1.3,
      document: 1.3,
      event: 1.3,
      fact: 1.3,
      passage: 0.7,
    } as Readonly<Record<DocKind, number>>,
    /** The question names a plan: that plan's records weigh this much more, other plans' this much less. */
    namedPlanWeight: 1.6,
    otherPlanWeight: 0.5,
    /**
     * Terms in more than this share of the documents (长三角's bigrams are in two thirds) are left out of
     * the query: they cannot tell records apart but cost most of the scoring. Coverage still counts them,
     * from each document's own terms.
     */
    commonShare: 0.3,
    /**
     * Terms in more than this share (长三角 in a corpus about 长三角) say nothing about a record: a query
     * made only of them ("长三角", "YRD") is declined rather than answered with any record.
     */
    ubiquitousShare: 0.6,
    /** Only the best candidates by BM25 are weighed for coverage; beyond them none reaches a first page. */
    maxCandidates: 60,
  },
  /** Extra weight per kind for what the question asks for (commands/ask.ts). */
  intentWeights: {
    figure: { stat: 2, plan: 1.5 },
    list: { task: 1.5, area: 1.5 },
    lookup: {},
  } as Readonly<Record<'figure' | 'list' | 'lookup', Partial<Record<DocKind, number>>>>,
  /**
   * Share of a question's content words the best record must match for the bot to answer at all.
   * Calibrated on test/core/questions.ts: the lines to decline reach at most 0.40 (世界杯 meets 世界级),
   * answerable lines at least 0.67; the threshold sits between the two.
   */
  minCoverage: 0.55,
  /**
   * "Which outlet ran…": the article is named only when a record matches nearly all the rest of the
   * question; every outlet whose record matches within the gap of the best is named (many carried it).
   */
  outletCoverage: 0.8,
  outletCoverageGap: 0.1,
  /**
   * A record that meets the question's year, place or area answers it only when it matches nearly as
   * much of the question as the best record overall: else it is another topic of that year (the FDI
   * share of 2019 for "2019年GDP占全国比重"), and the honest answer is that nothing meets.
   */
  constraintCoverageGap: 0.15,
  /** "是哪三个": a record listing that many things goes first when it matches nearly as much as the best. */
  listCoverageGap: 0.15,
  /**
   * A record that misses a word the best record holds whole is about another topic (ranking/lost-words.ts):
   * a word of `longWord`+ characters must be held at least `longWordShare` (its bigrams), a shorter one
   * at least `shortWordShare`.
   */
  lostWords: { longWord: 3, longWordShare: 1, shortWordShare: 0.5 },
  /** /stats: further figures must match nearly as much of the topic as the best one. */
  statsCoverageGap: 0.3,
  /** "几个方面": the count shown before the areas must match nearly as much as the best record. */
  overviewCountGap: 0.15,
  /** Which hits stay on an answer's page (ranking/relevance.ts). */
  relevance: {
    /** Further results must match nearly as much of the question as the best one... */
    relatedCoverage: 0.5,
    coverageGap: 0.3,
    /**
     * ...and score at least this share of the best: below it a record matched the question's words only
     * through its keywords or a loose synonym (the industrial-clusters card for 科技创新券, via 科创).
     * Calibrated on test/core/questions.ts (the `mustNot` ids), see test/core/ranking/page-precision.test.ts.
     */
    scoreShare: 0.3,
  },
  /** The page of a figure question (ranking/figures.ts). */
  figures: {
    /** A figure question wants one figure; another figure is shown only when it scores nearly as well. */
    scoreShare: 0.75,
    /** The figure put first must match nearly as much as the best record. */
    coverageGap: 0.15,
    /**
     * A newer figure that matches as much and scores at least this share of the best goes first: with
     * dated series from many sources, a question with no year asks for the latest value.
     */
    newerScoreShare: 0.5,
    /**
     * A statistic looked for beyond the page may lack a word of the best record only when it matches
     * nearly as much of the question (长三角高铁里程 for 沪苏湖开通之后长三角高铁里程, not for 沪苏湖全长).
     */
    fallbackCoverageGap: 0.25,
  },
  /** Steering to the plan fact that states what was asked (ranking/facets.ts). */
  facets: {
    /**
     * How much a plan fact that answers the asked facet (a date for "什么时候") is weighed up: enough to
     * pass the plan's own card, which shares the question's plan words but states no date, place or issuer.
     */
    boost: 3,
    /**
     * A fact is steered to only when it matches nearly as much of the question as the best record (the
     * gap relevance allows): "臭氧和PM2.5怎么治理" asks how, but a fact about how the plan is carried out
     * does not answer it.
     */
    coverageGap: 0.3,
  },
  /** /tasks: an area or task hit must match at least this much of the typed area to name its area. */
  areaCoverage: 0.5,
} as const;
