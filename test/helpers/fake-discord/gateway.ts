/* eslint-disable @typescript-eslint/no-explicit-any -- wire bodies are arbitrary JSON that tests inspect freely */
import type { IncomingMessage } from 'node:http';
import { WebSocket } from 'ws';
import { opaqueToken } from './ids.js';
import { guildCreate, type World } from './payloads.js';

/** Gateway opcodes (https://discord.com/developers/docs/topics/opcodes-and-status-codes). */
export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  Reconnect: 7,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** One dispatch, numbered as Discord numbers them, kept for replay on RESUME. */
interface Sent {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

/** A gateway session: survives its socket, so a client can RESUME it and get what it missed. */
export interface GatewaySession {
  id: string;
  shard: [number, number];
  intents: number;
  seq: number;
  /** The newest dispatches, at most `replayLimit`, oldest first: what a RESUME can still replay. */
  events: Sent[];
  socket: WebSocket | null;
  /** Query of the connection that opened it (`v`, `encoding`). */
  query: URLSearchParams;
}

export interface GatewayOptions {
  world: World;
  token: string;
  heartbeatIntervalMs: number;
  /**
   * Dispatches each session keeps for replay. Discord keeps a session's backlog for a while only; a
   * RESUME from further back than that gets INVALID_SESSION and the client identifies anew.
   */
  replayLimit: number;
  /** Where READY's `resume_gateway_url` points. */
  resumeUrl: () => string;
  log: (entry: GatewayLogEntry) => void;
}

export type GatewayLogEntry =
  | { kind: 'connect'; query: URLSearchParams }
  /** `at`: when the fake received it (ms since the epoch), to check the pace of IDENTIFY. */
  | { kind: 'identify'; shard: [number, number]; intents: number; sessionId: string; at: number }
  | { kind: 'resume'; sessionId: string; seq: number; replayed: number }
  /** A RESUME refused because the dispatches after `seq` are no longer kept. */
  | { kind: 'invalid-session'; sessionId: string; seq: number }
  | { kind: 'heartbeat' }
  | { kind: 'close'; code: number };

/** Intent bits the fake honours when deciding whether a client receives a message event. */
export const Intents = {
  Guilds: 1 << 0,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
};

/** Speaks the gateway protocol (JSON encoding, no compression) to the clients that connect. */
export class FakeGateway {
  readonly sessions = new Map<string, GatewaySession>();
  readonly sockets = new Set<WebSocket>();

  constructor(private readonly options: GatewayOptions) {}

  accept(socket: WebSocket, req: IncomingMessage): void {
    const query = new URL(req.url ?? '/', 'http://fake').searchParams;
    this.sockets.add(socket);
    this.options.log({ kind: 'connect', query });
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      socket.close(4002, 'Decode error: this fake speaks JSON without compression');
      return;
    }
    let session: GatewaySession | null = null;
    socket.on('close', (code) => {
      this.sockets.delete(socket);
      if (session && session.socket === socket) session.socket = null;
      this.options.log({ kind: 'close', code });
    });
    socket.on('message', (raw) => {
      let payload: { op: number; d: any };
      try {
        payload = JSON.parse(String(raw));
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      switch (payload.op) {
        case Op.Heartbeat:
          this.options.log({ kind: 'heartbeat' });
          this.send(socket, { op: Op.HeartbeatAck });
          break;
        case Op.Identify:
          if (session) return socket.close(4005, 'Already authenticated');
          if (payload.d?.token !== this.options.token) return socket.close(4004, 'Authentication failed');
          session = this.identify(socket, payload.d, query);
          break;
        case Op.Resume: {
          if (session) return socket.close(4005, 'Already authenticated');
          const found = this.sessions.get(payload.d?.session_id);
          if (!found || payload.d?.token !== this.options.token) {
            this.send(socket, { op: Op.InvalidSession, d: false });
            return;
          }
          const seq = Number(payload.d.seq ?? 0);
          if (!this.canReplayFrom(found, seq)) {
            this.sessions.delete(found.id);
            this.options.log({ kind: 'invalid-session', sessionId: found.id, seq });
            this.send(socket, { op: Op.InvalidSession, d: false });
            return;
          }
          session = found;
          this.resume(socket, found, seq);
          break;
        }
        default:
          if (!session) socket.close(4003, 'Not authenticated');
      }
    });
    this.send(socket, { op: Op.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  private identify(socket: WebSocket, d: any, query: URLSearchParams): GatewaySession {
    const { world } = this.options;
    const shard: [number, number] = Array.isArray(d.shard) ? [d.shard[0], d.shard[1]] : [0, 1];
    const session: GatewaySession = {
      id: opaqueToken(16),
      shard,
      intents: Number(d.intents ?? 0),
      seq: 0,
      events: [],
      socket,
      query,
    };
    // A shard that identifies anew abandons its earlier sessions: forget the closed ones.
    for (const [id, old] of this.sessions)
      if (old.shard[0] === shard[0] && old.socket === null) this.sessions.delete(id);
    this.sessions.set(session.id, session);
    this.options.log({
      kind: 'identify',
      shard,
      intents: session.intents,
      sessionId: session.id,
      at: Date.now(),
    });
    const ownsGuild = this.shardOf(world.guildId, shard[1]) === shard[0];
    this.dispatchTo(session, 'READY', {
      v: Number(query.get('v') ?? 10),
      user: world.bot,
      guilds: ownsGuild ? [{ id: world.guildId, unavailable: true }] : [],
      session_id: session.id,
      resume_gateway_url: this.options.resumeUrl(),
      shard,
      application: { id: world.applicationId, flags: 0 },
    });
    if (ownsGuild && session.intents & Intents.Guilds)
      this.dispatchTo(session, 'GUILD_CREATE', guildCreate(world));
    return session;
  }

  /** Whether every dispatch after `seq` is still kept (none was dropped from the backlog). */
  private canReplayFrom(session: GatewaySession, seq: number): boolean {
    const oldest = session.events[0];
    return oldest === undefined || seq >= oldest.s - 1;
  }

  private resume(socket: WebSocket, session: GatewaySession, seq: number): void {
    session.socket?.close(4009, 'Session superseded');
    session.socket = socket;
    const missed = session.events.filter((e) => e.s > seq);
    this.options.log({ kind: 'resume', sessionId: session.id, seq, replayed: missed.length });
    for (const event of missed) this.send(socket, event);
    this.dispatchTo(session, 'RESUMED', null);
  }

  /** The shard that receives a guild's events: (guild_id >> 22) % num_shards. DMs go to shard 0. */
  shardOf(guildId: string | undefined, shardCount: number): number {
    if (!guildId) return 0;
    return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
  }

  /** The newest session of each shard: the one events go to. */
  liveSessions(): GatewaySession[] {
    const byShard = new Map<number, GatewaySession>();
    for (const s of this.sessions.values()) byShard.set(s.shard[0], s);
    return [...byShard.values()];
  }

  /**
   * Sends an event to the session that owns the guild (or shard 0). When its socket is closed the
   * event waits in the session for a RESUME, as Discord's do. Returns false when no session wants it.
   */
  dispatch(t: string, d: unknown, guildId?: string, requiredIntent?: number): boolean {
    const sessions = this.liveSessions();
    const target = sessions.find((s) => this.shardOf(guildId, s.shard[1]) === s.shard[0]);
    if (!target) return false;
    if (requiredIntent !== undefined && (target.intents & requiredIntent) === 0) return false;
    this.dispatchTo(target, t, d);
    return true;
  }

  intentsOf(guildId?: string): number | undefined {
    const target = this.liveSessions().find((s) => this.shardOf(guildId, s.shard[1]) === s.shard[0]);
    return target?.intents;
  }

  private dispatchTo(session: GatewaySession, t: string, d: unknown): void {
    const event: Sent = { op: Op.Dispatch, t, s: ++session.seq, d };
    session.events.push(event);
    if (session.events.length > this.options.replayLimit)
      session.events.splice(0, session.events.length - this.options.replayLimit);
    if (session.socket) this.send(session.socket, event);
  }

  /** Closes every open gateway socket with `code` (4000 "unknown error" is resumable). */
  closeAll(code: number, reason = 'closed by the fake'): void {
    for (const socket of this.sockets) socket.close(code, reason);
  }

  /** Asks every client to reconnect and resume (opcode 7). */
  requestReconnect(): void {
    for (const socket of this.sockets) this.send(socket, { op: Op.Reconnect, d: null });
  }

  terminateAll(): void {
    for (const socket of this.sockets) socket.terminate();
  }

  private send(socket: WebSocket, payload: unknown): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  }
}
