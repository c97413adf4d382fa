import type { Client } from 'discord.js';

/**
 * Forgets each DM channel once no handler is using it. discord.js caches every DM channel it sees,
 * for good (its ChannelManager cannot be limited and no sweeper covers DMs), so a bot answering DMs
 * from ever new users would grow without end. The bot keeps no history: a user's next DM brings the
 * channel back.
 */
export class DmChannelReaper {
  private readonly holds = new Map<string, number>();

  constructor(private readonly client: Client) {}

  /** Marks the channel as in use while a handler runs; call the returned function when it is done. */
  hold(channel: { id: string; isDMBased(): boolean } | null | undefined): () => void {
    if (!channel?.isDMBased()) return () => {};
    const { id } = channel;
    this.holds.set(id, (this.holds.get(id) ?? 0) + 1);
    return () => {
      const left = (this.holds.get(id) ?? 1) - 1;
      if (left > 0) {
        this.holds.set(id, left);
        return;
      }
      this.holds.delete(id);
      this.client.channels.cache.delete(id);
    };
  }
}
