/**
 * The checks Discord applies to what a bot sends, so the fake rejects (400, code 50035 "Invalid Form
 * Body") what real Discord would reject. Each problem is reported as `path: reason`.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const length = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

function checkLength(problems: string[], path: string, value: unknown, max: number, min = 0): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') {
    problems.push(`${path}: must be a string`);
    return;
  }
  const n = length(value);
  if (n > max) problems.push(`${path}: must be ${max} or fewer in length (got ${n})`);
  if (n < min) problems.push(`${path}: must be ${min} or more in length`);
}

/** Embed limits: https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export function embedProblems(embeds: unknown, path = 'embeds'): string[] {
  const problems: string[] = [];
  if (embeds === undefined) return problems;
  if (!Array.isArray(embeds)) return [`${path}: must be an array`];
  if (embeds.length > 10) problems.push(`${path}: must be 10 or fewer in length`);
  let total = 0;
  embeds.forEach((embed: unknown, i) => {
    const at = `${path}.${i}`;
    if (!isObject(embed)) {
      problems.push(`${at}: must be an object`);
      return;
    }
    checkLength(problems, `${at}.title`, embed.title, 256);
    checkLength(problems, `${at}.description`, embed.description, 4096);
    total += length(embed.title) + length(embed.description);
    if (isObject(embed.footer)) {
      checkLength(problems, `${at}.footer.text`, embed.footer.text, 2048, 1);
      total += length(embed.footer.text);
    }
    if (isObject(embed.author)) {
      checkLength(problems, `${at}.author.name`, embed.author.name, 256, 1);
      total += length(embed.author.name);
    }
    if (embed.url !== undefined) checkUrl(problems, `${at}.url`, embed.url);
    if (embed.fields !== undefined) {
      if (!Array.isArray(embed.fields)) problems.push(`${at}.fields: must be an array`);
      else {
        if (embed.fields.length > 25) problems.push(`${at}.fields: must be 25 or fewer in length`);
        embed.fields.forEach((field: unknown, j) => {
          if (!isObject(field)) return;
          checkLength(problems, `${at}.fields.${j}.name`, field.name, 256, 1);
          checkLength(problems, `${at}.fields.${j}.value`, field.value, 1024, 1);
          total += length(field.name) + length(field.value);
        });
      }
    }
  });
  if (total > 6000) problems.push(`${path}: embed size exceeds maximum size of 6000 (got ${total})`);
  return problems;
}

function checkUrl(problems: string[], path: string, value: unknown): void {
  if (typeof value !== 'string' || !/^https?:\/\/\S+$/.test(value))
    problems.push(`${path}: not a well formed URL`);
  else checkLength(problems, path, value, 2048);
}

function componentProblems(components: unknown): string[] {
  const problems: string[] = [];
  if (components === undefined) return problems;
  if (!Array.isArray(components)) return ['components: must be an array'];
  if (components.length > 5) problems.push('components: must be 5 or fewer in length');
  components.forEach((row: unknown, i) => {
    if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components)) {
      problems.push(`components.${i}: must be an action row`);
      return;
    }
    if (row.components.length > 5) problems.push(`components.${i}.components: must be 5 or fewer in length`);
    row.components.forEach((c: unknown, j) => {
      if (!isObject(c)) return;
      const at = `components.${i}.components.${j}`;
      checkLength(problems, `${at}.label`, c.label, 80);
      if (c.style === 5) checkUrl(problems, `${at}.url`, c.url);
      else checkLength(problems, `${at}.custom_id`, c.custom_id, 100, 1);
    });
  });
  return problems;
}

/** A message body as sent by a bot (create, edit, interaction reply). */
export function messageProblems(body: unknown): string[] {
  if (!isObject(body)) return ['body: must be an object'];
  const problems: string[] = [];
  checkLength(problems, 'content', body.content, 2000);
  problems.push(...embedProblems(body.embeds));
  problems.push(...componentProblems(body.components));
  const am = body.allowed_mentions;
  if (am !== undefined && am !== null) {
    if (!isObject(am)) problems.push('allowed_mentions: must be an object');
    else if (am.parse !== undefined && !Array.isArray(am.parse))
      problems.push('allowed_mentions.parse: must be an array');
  }
  return problems;
}

/** An autocomplete answer: at most 25 choices, names 1–100 characters, string values ≤ 100. */
export function choiceProblems(data: unknown): string[] {
  if (!isObject(data) || !Array.isArray(data.choices)) return ['choices: must be an array'];
  const problems: string[] = [];
  if (data.choices.length > 25) problems.push('choices: must be 25 or fewer in length');
  data.choices.forEach((c: unknown, i) => {
    if (!isObject(c)) return;
    checkLength(problems, `choices.${i}.name`, c.name, 100, 1);
    if (typeof c.value === 'string') checkLength(problems, `choices.${i}.value`, c.value, 100, 1);
  });
  return problems;
}

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const LOCALES = new Set([
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
]);

function localizationProblems(
  problems: string[],
  path: string,
  value: unknown,
  max: number,
  isName: boolean,
): void {
  if (value === undefined || value === null) return;
  if (!isObject(value)) {
    problems.push(`${path}: must be an object`);
    return;
  }
  for (const [locale, text] of Object.entries(value)) {
    if (!LOCALES.has(locale)) problems.push(`${path}.${locale}: invalid locale`);
    checkLength(problems, `${path}.${locale}`, text, max, 1);
    if (isName && typeof text === 'string' && (!COMMAND_NAME.test(text) || text !== text.toLowerCase())) {
      problems.push(`${path}.${locale}: invalid command name`);
    }
  }
}

/** A bulk overwrite of slash commands (PUT .../commands). */
export function commandProblems(body: unknown): string[] {
  if (!Array.isArray(body)) return ['body: must be an array'];
  const problems: string[] = [];
  if (body.length > 100) problems.push('body: must be 100 or fewer in length');
  body.forEach((cmd: unknown, i) => {
    if (!isObject(cmd)) return;
    const at = `${i}`;
    if (typeof cmd.name !== 'string' || !COMMAND_NAME.test(cmd.name) || cmd.name !== cmd.name.toLowerCase()) {
      problems.push(`${at}.name: invalid command name`);
    }
    checkLength(problems, `${at}.description`, cmd.description, 100, 1);
    localizationProblems(problems, `${at}.name_localizations`, cmd.name_localizations, 32, true);
    localizationProblems(
      problems,
      `${at}.description_localizations`,
      cmd.description_localizations,
      100,
      false,
    );
    const options = cmd.options;
    if (options === undefined) return;
    if (!Array.isArray(options) || options.length > 25) {
      problems.push(`${at}.options: must be an array of 25 or fewer`);
      return;
    }
    let seenOptional = false;
    options.forEach((opt: unknown, j) => {
      if (!isObject(opt)) return;
      const o = `${at}.options.${j}`;
      if (typeof opt.name !== 'string' || !COMMAND_NAME.test(opt.name))
        problems.push(`${o}.name: invalid name`);
      checkLength(problems, `${o}.description`, opt.description, 100, 1);
      localizationProblems(problems, `${o}.name_localizations`, opt.name_localizations, 32, true);
      localizationProblems(
        problems,
        `${o}.description_localizations`,
        opt.description_localizations,
        100,
        false,
      );
      if (opt.required === true && seenOptional)
        problems.push(`${o}.required: required options must come first`);
      if (opt.required !== true) seenOptional = true;
      if (Array.isArray(opt.choices)) {
        if (opt.autocomplete === true) problems.push(`${o}: autocomplete and choices are exclusive`);
        if (opt.choices.length > 25) problems.push(`${o}.choices: must be 25 or fewer in length`);
        opt.choices.forEach((c: unknown, k) => {
          if (!isObject(c)) return;
          checkLength(problems, `${o}.choices.${k}.name`, c.name, 100, 1);
          localizationProblems(
            problems,
            `${o}.choices.${k}.name_localizations`,
            c.name_localizations,
            100,
            false,
          );
          if (typeof c.value === 'string') checkLength(problems, `${o}.choices.${k}.value`, c.value, 100, 1);
        });
      }
    });
  });
  return problems;
}
