/**
 * Claims platform update ids (a Telegram update_id, a Discord interaction id) so that an update
 * delivered twice, to one replica or to two, is answered once: by whoever claims it first.
 */
export interface UpdateDedupe {
  /** True the first time `id` is claimed; false when another delivery of it was claimed before. */
  claim(id: string): Promise<boolean>;
}

/** One process and no shared store: every delivery is answered, as the platform sent it. */
export const NO_DEDUPE: UpdateDedupe = { claim: () => Promise.resolve(true) };
