import type { APIEmbed } from 'discord.js';
import type { Answer } from '../../core/types.js';
import { answerChart } from '../shared/chart/index.js';
import type { DiscordContext } from './context.js';

/** The chart's file name, which the embed refers to as `attachment://chart.png`. */
export const CHART_FILE = 'chart.png';

/**
 * The payload with the answer's chart (when its best figure is a dated series): the PNG attached, and
 * shown as the first embed's image. Drawing failures leave the payload as it was.
 */
export async function withChart<P extends { embeds: APIEmbed[] }>(
  ctx: Pick<DiscordContext, 'logger'>,
  answer: Answer,
  payload: P,
): Promise<P & { files?: { attachment: Buffer; name: string }[] }> {
  if (payload.embeds.length === 0) return payload;
  const png = await answerChart(answer, (err) =>
    ctx.logger.warn(
      { err, metric: answer.series?.metric },
      'discord: chart could not be drawn; sent as text',
    ),
  );
  if (png === undefined) return payload;
  const [first, ...rest] = payload.embeds;
  return {
    ...payload,
    embeds: [{ ...first, image: { url: `attachment://${CHART_FILE}` } }, ...rest],
    files: [{ attachment: png, name: CHART_FILE }],
  };
}
