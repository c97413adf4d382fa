import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Update } from 'telegraf/types';
import type { HttpHandler } from '../adapter.js';

/** Telegram updates are a few KB; anything near this is not one. */
export const MAX_UPDATE_BYTES = 1024 * 1024;

export interface WebhookOptions {
  secret: string;
  /** False while starting or stopping: Telegram is told to retry later (503). */
  accepting: () => boolean;
  handleUpdate: (update: Update) => Promise<void>;
  logger: Logger;
  maxBytes?: number;
}

class BodyError extends Error {
  constructor(readonly status: 400 | 413) {
    super(`webhook: body refused with ${status}`);
  }
}

/**
 * Reads a request body of at most `maxBytes`, decoded as UTF-8 with one streaming decoder, so a
 * character split across two TCP packets survives (telegraf decodes each chunk on its own).
 */
async function readUtf8Body(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) throw new BodyError(413);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  let text = '';
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw new BodyError(413);
      text += decoder.decode(chunk, { stream: true });
    }
    return text + decoder.decode();
  } catch (err) {
    if (err instanceof BodyError) throw err;
    if (err instanceof TypeError) throw new BodyError(400);
    throw err;
  }
}

function isUpdate(value: unknown): value is Update {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const id = (value as { update_id?: unknown }).update_id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 && Object.keys(value).length >= 2;
}

function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function finish(res: ServerResponse, status: number, close = false): void {
  res.writeHead(status, close ? { connection: 'close' } : {}).end();
}

/**
 * The Telegram webhook endpoint: POST only, the secret header checked, the body read within a cap
 * (413) and parsed (400 when it is not an update), then handed to telegraf. The answer (200) follows
 * at once: replies are queued, never awaited here.
 */
export function webhookHandler(options: WebhookOptions): HttpHandler {
  const maxBytes = options.maxBytes ?? MAX_UPDATE_BYTES;
  return async (req, res) => {
    if (!options.accepting()) {
      // Telegram retries later, when this instance or its successor is taking updates again.
      res.writeHead(503, { 'retry-after': '5' }).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    if (!secretMatches(req.headers['x-telegram-bot-api-secret-token'], options.secret)) {
      finish(res, 403);
      return;
    }
    let update: unknown;
    try {
      update = JSON.parse(await readUtf8Body(req, maxBytes));
    } catch (err) {
      const status = err instanceof BodyError ? err.status : err instanceof SyntaxError ? 400 : undefined;
      if (status === undefined) throw err;
      options.logger.warn({ status }, 'webhook body refused');
      // A body cut short leaves the rest unread: close the connection rather than read it.
      finish(res, status, status === 413);
      return;
    }
    if (!isUpdate(update)) {
      options.logger.warn({ status: 400 }, 'webhook body is not an update');
      finish(res, 400);
      return;
    }
    await options.handleUpdate(update);
    finish(res, 200);
  };
}
