import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { startService, type Running } from './harness.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** `npm run report` on some log lines given on standard input. */
function report(input: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/report.ts'], { cwd: ROOT });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.end(input);
  });
}

describe('feedback end to end: a 👍 on Telegram reaches /metrics and npm run report', () => {
  let running: Running;
  before(async () => {
    running = await startService();
  });
  after(() => running.stop());

  test('a 👍 press is counted, logged without the user id, and reported with its question', async () => {
    const { tg, service, lines } = running;
    const user = tg.user();
    const question = '第三轮计划有多少项重点任务？';
    const asked = tg.userSays(user, question);
    await tg.processed(asked.updateId);
    const declined = tg.userSays(user, '明天杭州天气怎么样？');
    await tg.processed(declined.updateId);

    const answer = tg.sentMessages((m) => m.message.chat.id === user.id).find((m) => m.text.includes('165'))!;
    const up = answer.message.reply_markup?.inline_keyboard?.flat().find((b) => b.text === '👍');
    assert.ok(up?.callback_data, 'the answer has a 👍 button');
    const press = tg.userPresses(user, answer.message, up.callback_data);
    await tg.processed(press.updateId);

    const { port } = service.http.server.address() as AddressInfo;
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    assert.match(metrics, /^planbot_feedback_total\{platform="telegram",verdict="up"\} 1$/m);

    const feedback = lines.find((l) => l.msg === 'feedback')!;
    assert.equal(feedback.question, question);
    assert.ok(Array.isArray(feedback.ids) && feedback.ids.includes('stat-plan3-task-count'));
    assert.match(String(feedback.user), /^[0-9a-f]{12}$/);
    const declinedLine = lines.find((l) => l.msg === 'declined')!;
    assert.equal(declinedLine.question, '明天杭州天气怎么样？');
    assert.equal(declinedLine.user, feedback.user, 'the same salted hash for the same user');
    for (const line of [feedback, declinedLine])
      assert.ok(!JSON.stringify(line).includes(String(user.id)), 'no raw user id in the line');

    const { code, stdout } = await report(lines.map((l) => JSON.stringify(l)).join('\n'));
    assert.equal(code, 0);
    assert.match(stdout, /^ +1 {2}明天杭州天气怎么样？$/m);
    assert.match(stdout, new RegExp(`👎 +0 {2}👍 +1 {2}${question}.*stat-plan3-task-count`));
  });
});
