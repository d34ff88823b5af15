/** Numbers as people say them: "15", "fifteen", "twenty-five", "two and a half", "1.5k". */
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  half: 0.5,
  couple: 2,
  few: 3,
  several: 3,
  dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

export const NUMBER_PATTERN =
  "(?:\\d+(?:[.,]\\d+)*\\s?[kKmM]?|(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half)(?:[\\s-]+(?:and\\s+)?(?:a\\s+)?(?=\\w)(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion|half))*))";

export function parseNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  const digits = /^(\d+(?:[.,]\d+)*)\s?([km])?$/.exec(text);
  if (digits?.[1]) {
    const value = Number(digits[1].replace(/,(?=\d{3}\b)/g, "").replace(",", "."));
    return value * (digits[2] === "k" ? 1_000 : digits[2] === "m" ? 1_000_000 : 1);
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.split(/[\s-]+/)) {
    if (word === "and" || word === "a") continue;
    if (word in UNITS) {
      current += UNITS[word] ?? 0;
      seen = true;
    } else if (word in TENS) {
      current += TENS[word] ?? 0;
      seen = true;
    } else if (word in SCALES) {
      current = (current || 1) * (SCALES[word] ?? 1);
      if ((SCALES[word] ?? 0) >= 1_000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}

const UNIT_MINUTES: Record<string, number> = { second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10_080 };

/** Minutes in a duration like "two hours" or "15 minutes", or null. */
export function durationMinutes(amount: number, unit: string): number | null {
  const key = unit
    .toLowerCase()
    .replace(/s$/, "")
    .replace(/^min$/, "minute")
    .replace(/^hr$/, "hour")
    .replace(/^sec$/, "second");
  const factor = UNIT_MINUTES[key];
  return factor === undefined ? null : amount * factor;
}
