/**
 * E-mail addresses, profile links, personal sites and handles, written or said. Spoken forms arrive here
 * already rewritten by `normalizeSpoken` ("dana dot w at proton dot me" is "dana.w at proton.me"), so one
 * set of patterns covers both. "at" is the only word left between the parts, and it is also the most
 * common preposition: a spoken address counts only when its local part looks like one (a separator,
 * digits, or no English word), its domain is a mail provider, or the words before it ask for an e-mail.
 * "we met at the stripe dot com offices" and "I was at google dot com" stay.
 */
import type { Span } from "./categories";
import { isDictionaryWord, isFirstName } from "./name-lexicon";
import { spans } from "./pattern-utils";

const TLD =
  "(?:com|org|net|io|co|dev|me|ai|app|edu|gov|uk|in|de|fr|es|it|nl|ca|au|us|info|biz|xyz|tech|cloud|sh|gg|so|ly|to|tv|eu|ch|se|no|fi|pl|pt|br|mx|ng|za|ke|jp|kr|cn|sg|hk|ie|nz|be|at|dk|ru|ua|cz|vn|ph|pk|ae|email|online|site|page|blog|fm|mail|design|studio|codes|works|art|photo|photography|dev|xyz|one|life|space|website|tv|social|pro|name)";
const EMAIL = /\b[\w.%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g;
const SPOKEN_EMAIL = new RegExp(
  `(?<![\\w.+-])([\\w][\\w.+-]*)\\s+(?:at|@)\\s+([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.${TLD})\\b`,
  "giu",
);
const MAIL_PROVIDERS =
  /^(?:gmail|googlemail|yahoo|ymail|outlook|hotmail|live|msn|icloud|me|mac|proton|protonmail|pm|fastmail|aol|gmx|web|zoho|yandex|mail|hey|tutanota|rediffmail|qq|163|naver|orange|free|libero|seznam|wp|o2)$/i;
const EMAIL_CUE =
  /\b(?:e-?mail|mail|address|write to|reach me|contact|send (?:it|them|me)|drop me|ping me)\b[^.\n]{0,25}$/i;

function spokenEmails(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SPOKEN_EMAIL)) {
    const local = m[1] ?? "";
    const domain = m[2] ?? "";
    const start = m.index ?? 0;
    // "hired by khalid at noon dot com" is a person at a company; "khalid dot a at noon dot com" is mail.
    const looksLikeLocal = /[._+\-\d]/.test(local) || (!isDictionaryWord(local) && !isFirstName(local));
    const provider = MAIL_PROVIDERS.test(domain.split(".")[0] ?? "");
    const cued = EMAIL_CUE.test(text.slice(Math.max(0, start - 40), start));
    if (!looksLikeLocal && !provider && !cued) continue;
    const spoken = !m[0].includes("@");
    out.push({ start, end: start + m[0].length, category: "email", weak: spoken && !provider && !cued });
  }
  return out;
}

export function emails(text: string): Span[] {
  return [...spans(text, EMAIL, "email"), ...spokenEmails(text)];
}

const PROFILE_HOSTS =
  "(?:codeberg\\.org|sr\\.ht|gitee\\.com|linkedin\\.com\\/in|linkedin\\.com\\/pub|github\\.com|gitlab\\.com|bitbucket\\.org|x\\.com|twitter\\.com|instagram\\.com|facebook\\.com|fb\\.com|threads\\.net|tiktok\\.com|youtube\\.com|medium\\.com|dev\\.to|hashnode\\.com|substack\\.com|behance\\.net|dribbble\\.com|kaggle\\.com|huggingface\\.co|codepen\\.io|npmjs\\.com|leetcode\\.com|about\\.me|bsky\\.app\\/profile|mastodon\\.social|t\\.me|wa\\.me|stackoverflow\\.com\\/users\\/\\d+)";
const PROFILE_URL = new RegExp(
  `\\b(?:https?:\\/\\/)?(?:www\\.)?${PROFILE_HOSTS}\\/(?:in\\/|u\\/|users\\/|@|~)?[\\w.-]*[\\w-](?:\\/[\\w.-]*[\\w-])*`,
  "giu",
);
/** "my site is danawhitfield.dev", "my portfolio is at kwame.design": a domain the speaker calls theirs. */
const OWN_SITE = new RegExp(
  `\\b(?:my (?:personal |own )?(?:[a-z]+ )?(?:site|website|web site|blog|portfolio|homepage|home page|page|link|url|profile|domain)|(?:the |my )?(?:portfolio|website|blog|homepage)(?:'s| is)|i (?:blog|write|post|publish)|(?:you can )?find me|see my work|my work is)\\b(?:\\s+(?:is|was|it's|lives|sits))?(?:\\s+(?:at|on))?[:\\s]+((?:https?:\\/\\/)?(?:www\\.)?(?:[a-z0-9-]+ ){0,2}[\\w-]+(?:\\.[\\w-]+)*\\.${TLD}(?:\\/[\\w.\\/-]*[\\w-])?)\\b`,
  "giu",
);
const HANDLE = /(?<![\w.@])@[A-Za-z0-9_]{2,30}\b(?!\.[a-z])/g;
const NETWORKS =
  "(?:twitter|x|instagram|insta|github|gitlab|tiktok|threads|bluesky|mastodon|linkedin|telegram|discord|reddit|youtube|medium|dev\\.to|kaggle|hugging face|slack)";
/** "my handle is at dwhit", "I'm at dwhit on twitter", "my github is dwhit". */
const SPOKEN_HANDLE = new RegExp(
  `\\b(?:(?:handle|username|user name|user id|tag)\\b[^.\\n]{0,20}?\\b(?:is|it's)\\s+(?:at\\s+)?([\\w.]{2,30})|\\bat\\s+([\\w.]{2,30})\\s+on\\s+${NETWORKS}\\b|\\bmy\\s+${NETWORKS}\\s+(?:handle\\s+|username\\s+)?(?:is|it's)\\s+(?:at\\s+)?([\\w.-]{2,30})|\\bon\\s+${NETWORKS}\\b[^.\\n]{0,12}?\\b(?:i'm|i am|it's|find me)\\s+(?:at\\s+)?([\\w.-]{2,30})|\\bat\\s+([a-z0-9]+_[\\w.]+))`,
  "giu",
);

function spokenHandles(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SPOKEN_HANDLE)) {
    const handle = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "";
    if (!handle || (isDictionaryWord(handle) && !/[\d_.]/.test(handle))) continue;
    if (/\.(?:com|io|dev|me|org|net)$/i.test(handle)) continue;
    const at = (m.index ?? 0) + m[0].lastIndexOf(handle);
    // "at dwhit": the spoken "at" is part of the handle.
    const before = text.slice(Math.max(0, at - 3), at);
    const start = /at\s$/i.test(before) ? at - 3 : at;
    out.push({ start, end: at + handle.length, category: "profile" });
  }
  return out;
}

export function profiles(text: string): Span[] {
  return [
    ...spans(text, PROFILE_URL, "profile"),
    ...spans(text, OWN_SITE, "profile", () => true, 1),
    ...spans(text, HANDLE, "profile"),
    ...spokenHandles(text),
  ];
}
