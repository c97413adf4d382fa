import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A fresh, well-formed snowflake (timestamp in the top bits, so ids sort by creation time). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | increment).toString();
}

/** An opaque token like the ones Discord hands out for interactions and sessions. */
export function opaqueToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}
