import assert from 'node:assert/strict';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Checks `bytes` is a PNG (signature, then an IHDR chunk) and returns its size from the IHDR. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.ok(bytes.length > 33, 'a PNG is longer than its header');
  assert.deepEqual(bytes.subarray(0, 8), SIGNATURE, 'PNG signature');
  assert.equal(bytes.readUInt32BE(8), 13, 'IHDR length');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
