/** What a matching request gets instead of its normal answer. */
export type Fault =
  | { status: 500 | 502 | 503 }
  /** `retryAfter` in seconds; fractions are allowed so tests stay fast (Discord itself rounds up). */
  | { status: 429; retryAfter: number; global?: boolean; scope?: 'user' | 'global' | 'shared' }
  /** Answer normally, but only after a pause. */
  | { delayMs: number };

export interface FaultRule {
  method?: string;
  path: RegExp | string;
  fault: Fault;
  /** How many matching requests get the fault; then the rule is spent. */
  remaining: number;
}

export interface FaultReply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** A queue of injected REST failures, matched in order of injection. */
export class FaultPlan {
  private readonly rules: FaultRule[] = [];

  add(rule: FaultRule): void {
    this.rules.push(rule);
  }

  /** The fault for this request, consuming one use of the first rule that matches. */
  take(method: string, path: string): Fault | undefined {
    const rule = this.rules.find(
      (r) =>
        r.remaining > 0 &&
        (r.method === undefined || r.method.toUpperCase() === method) &&
        (typeof r.path === 'string' ? path === r.path : r.path.test(path)),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    return rule.fault;
  }

  pending(): number {
    return this.rules.reduce((n, r) => n + r.remaining, 0);
  }

  clear(): void {
    this.rules.length = 0;
  }
}

/** The status, headers and body Discord sends for a fault (headers as @discordjs/rest reads them). */
export function faultReply(fault: Exclude<Fault, { delayMs: number }>, bucket: string): FaultReply {
  if (fault.status !== 429) {
    return { status: fault.status, headers: {}, body: { message: 'Internal Server Error', code: 0 } };
  }
  const scope = fault.scope ?? (fault.global ? 'global' : 'user');
  const headers: Record<string, string> = {
    'retry-after': String(fault.retryAfter),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Date.now() / 1000 + fault.retryAfter),
    'x-ratelimit-reset-after': String(fault.retryAfter),
    'x-ratelimit-bucket': bucket,
    'x-ratelimit-scope': scope,
  };
  if (fault.global) headers['x-ratelimit-global'] = 'true';
  return {
    status: 429,
    headers,
    body: {
      message: 'You are being rate limited.',
      retry_after: fault.retryAfter,
      global: Boolean(fault.global),
    },
  };
}
