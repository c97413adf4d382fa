import type { Lang } from '../types.js';

/** 'en' when Latin letters outnumber Han characters in the line, 'zh' otherwise (including no letters). */
export function detectLang(text: string): Lang {
  let latin = 0;
  let han = 0;
  for (const ch of text) {
    if (/[a-zA-Z\uff21-\uff3a\uff41-\uff5a]/.test(ch)) latin += 1;
    else if (/\p{Script=Han}/u.test(ch)) han += 1;
  }
  // A Chinese character carries about as much as a short English word, so weigh it up.
  return latin > han * 3 ? 'en' : 'zh';
}
