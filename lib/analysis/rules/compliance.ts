/**
 * Compliance guardrail: the interviewer's question touches a protected characteristic, or a topic that is
 * unlawful to ask in many jurisdictions. A private, high-priority card says so at once, on the device,
 * with a lawful way to ask what the interviewer needs. Lawful lookalikes (work authorisation, "are you at
 * least 18", availability, salary expectations, travel, time zone, convictions relevant to the role) do
 * not fire, and neither does the candidate volunteering the same facts.
 *
 * Sources for the topics and the lawful alternatives:
 * - US EEOC, "Prohibited Employment Policies/Practices" and "Pre-Employment Inquiries" (age, race, religion,
 *   national origin, disability, genetic information, marital status, pregnancy, arrest records, citizenship):
 *   https://www.eeoc.gov/prohibited-employment-policiespractices
 * - US ADA, 42 U.S.C. § 12112(d) (no disability or medical questions before an offer; "can you perform the
 *   essential functions with or without reasonable accommodation" is the lawful form)
 * - US Immigration and Nationality Act, 8 U.S.C. § 1324b (citizenship status discrimination; ask about
 *   authorisation to work, not citizenship or origin)
 * - EEOC enforcement guidance on arrest and conviction records (2012)
 * - Salary history bans: California Labor Code § 432.3, New York Labor Law § 194-a, and about twenty other
 *   US states and cities (ask for salary expectations instead)
 * - UK Equality Act 2010, protected characteristics, and ACAS guidance on recruitment questions
 * - EU Directive 2000/78/EC (religion or belief, disability, age, sexual orientation in employment)
 */
import type { Language } from "../../language";
import type { CheckedDraft } from "../claims/checks";
import { EN_MESSAGES } from "../messages/en";
import type { InsightMessages } from "../messages/types";
import { DE_COMPLIANCE } from "./compliance-lang/de";
import { ES_COMPLIANCE } from "./compliance-lang/es";
import { FR_COMPLIANCE } from "./compliance-lang/fr";
import { IT_COMPLIANCE } from "./compliance-lang/it";
import type { ComplianceLanguage } from "./compliance-lang/types";
import type { CompliancePolicy } from "./compliance-policy";

export interface ComplianceTopic {
  id: string;
  label: string;
  /** Phrasings of the question (case-insensitive). */
  readonly patterns: RegExp[];
  /** Lawful questions that share words with it. */
  lawful?: RegExp[];
  /** What to ask instead. */
  instead: string;
}

const q = (source: string) => new RegExp(source, "i");

export const COMPLIANCE_TOPICS: readonly ComplianceTopic[] = [
  {
    id: "age",
    label: "age",
    patterns: [
      q("\\bhow old (?:are you|will you be|r u)\\b"),
      q(
        "\\b(?:when|what year) (?:were you|was you) born\\b|\\bwhat(?:'s| is) your (?:date of birth|birth ?date|birthday|age)\\b|\\byour (?:date of birth|age)\\?",
      ),
      q(
        "\\bwhat year did you (?:graduate|finish) (?:from )?(?:high school|secondary school|school)\\b|\\bwhen did you (?:graduate|finish) (?:from )?high school\\b",
      ),
      q(
        "\\b(?:close to|near|nearing|thinking about|planning (?:for|on)) retir\\w*|\\bhow (?:long|many years) (?:until|before) you retire\\b|\\bwhen (?:do|will) you (?:plan to )?retire\\b",
      ),
      q("\\bare you (?:too )?(?:young|old) (?:for|to)\\b|\\bhow many years (?:do you have )?left in you\\b"),
    ],
    lawful: [q("\\bat least (?:18|eighteen|21|twenty[- ]one)\\b"), q("\\bhow old is (?:the|your|this|that|our)\\b")],
    instead: 'Age is protected (US ADEA, UK Equality Act). If it matters legally, ask only "Are you at least 18?"',
  },
  {
    id: "marital_status",
    label: "marital status",
    patterns: [
      q("\\bare you (?:married|single|divorced|engaged|seeing anyone|in a relationship)\\b"),
      q(
        "\\bis there a (?:mrs|mr|husband|wife|partner|spouse)\\b|\\bdo you have a (?:husband|wife|partner|spouse|boyfriend|girlfriend)\\b",
      ),
      q("\\bwhat does your (?:husband|wife|partner|spouse) do\\b|\\byour (?:maiden name|marital status)\\b"),
    ],
    lawful: [q("\\bmarried to (?:java|python|the|a|this|that|our|your|one)\\b")],
    instead: "Marital status is not job-related. Ask about the role's requirements instead (travel, hours).",
  },
  {
    id: "family",
    label: "children, pregnancy and family plans",
    patterns: [
      q(
        "\\bdo you have (?:any )?(?:kids|children|a family|little ones)\\b|\\bhow (?:old|many) are your (?:kids|children)\\b|\\bhow many (?:kids|children) do you have\\b",
      ),
      q(
        "\\b(?:do you |are you )?(?:plan(?:ning)?|want(?:ing)?|hope|hoping|intend) to (?:have|start) (?:kids|children|a family)\\b|\\bany plans (?:for|to have) (?:kids|children|a family)\\b",
      ),
      q(
        "\\bare you (?:pregnant|expecting)\\b|\\bplanning (?:a|another) (?:baby|pregnancy)\\b|\\bmaternity leave (?:soon|coming|planned)\\b",
      ),
      q(
        "\\bwho (?:looks after|takes care of|watches|minds) (?:your|the) (?:kids|children)\\b|\\bchild ?care arrangements\\b",
      ),
    ],
    lawful: [q("\\bchild (?:process|processes|node|nodes|component|components|thread|threads|element)\\b")],
    instead: 'Family status and pregnancy are protected. Ask "Can you work the hours this role requires?"',
  },
  {
    id: "religion",
    label: "religion",
    patterns: [
      q(
        "\\bdo you (?:observe|celebrate|keep|fast (?:for|during)) (?:ramadan|the sabbath|shabbat|lent|passover|diwali|yom kippur|christmas|eid)\\b",
      ),
      q(
        "\\bwhat (?:church|mosque|temple|synagogue|gurdwara)\\b|\\bwhat(?:'s| is) your religion\\b|\\bare you (?:religious|christian|muslim|jewish|hindu|catholic|sikh|buddhist|atheist)\\b",
      ),
      q(
        "\\b(?:need|take|want) (?:time|days) off for (?:religious|your) (?:holidays|holy days|festivals|observance)\\b|\\bdo you pray\\b|\\bwhat religious holidays\\b",
      ),
    ],
    instead:
      'Religion is protected. Ask "Can you work the schedule this role requires?" and discuss accommodations after an offer.',
  },
  {
    id: "national_origin",
    label: "national origin and citizenship",
    patterns: [
      q(
        "\\bwhere are you (?:originally |really )?from\\b|\\bwhere (?:were you|was you) born\\b|\\bwhere did you grow up\\b",
      ),
      q(
        "\\bwhat(?:'s| is) your (?:nationality|ethnicity|race|heritage|background|accent|native (?:language|tongue)|mother tongue)\\b|\\bwhere(?:'s| is) your accent from\\b",
      ),
      q(
        "\\bis english your (?:first|native|mother) (?:language|tongue)\\b|\\bwhat country (?:are you|is your family) from\\b",
      ),
      q(
        "\\bare you (?:a )?(?:us|u\\.s\\.|american|british|uk|canadian|eu) citizen\\b|\\bwhat(?:'s| is) your citizenship\\b|\\bare you a citizen\\b",
      ),
    ],
    lawful: [
      q("\\bauthori[sz]ed to work\\b|\\bvisa sponsorship\\b|\\bright to work\\b|\\bwork permit\\b"),
      q(
        "\\bwhere are you (?:from|calling|joining|dialling|dialing) (?:today|right now|at the moment)\\b|\\bwhich time ?zone\\b",
      ),
      q("\\bwhat languages? do you speak\\b"),
    ],
    instead:
      'National origin and citizenship status are protected. Ask "Are you authorised to work in this country?" and "Will you now or in the future need visa sponsorship?"',
  },
  {
    id: "disability_health",
    label: "disability and health",
    patterns: [
      q(
        "\\bdo you have (?:any )?(?:disabilit\\w+|medical conditions?|health (?:problems|issues|conditions)|a disability|chronic)\\b|\\bare you disabled\\b",
      ),
      q(
        "\\b(?:have you|did you) (?:ever )?(?:been|go|gone|take|taken) (?:on )?(?:medical|sick|disability|stress) leave\\b",
      ),
      q(
        "\\bhow many (?:sick days|days (?:off )?sick)\\b|\\bdo you take (?:any )?(?:medication|medicine|meds)\\b|\\bhave you (?:ever )?been (?:hospitali[sz]ed|treated for)\\b",
      ),
      q(
        "\\b(?:mental health|depression|anxiety) (?:history|issues|problems)\\b|\\bhave you ever (?:had|filed) (?:a )?workers'? comp\\w*\\b",
      ),
    ],
    lawful: [q("\\bessential functions\\b|\\bwith or without (?:reasonable )?accommodation\\b")],
    instead:
      'Disability and medical questions are unlawful before an offer (US ADA, UK Equality Act). Ask "Can you perform the essential functions of this role, with or without reasonable accommodation?"',
  },
  {
    id: "arrest_record",
    label: "arrest record",
    patterns: [
      q(
        "\\b(?:have you|were you) (?:ever )?(?:been )?arrested\\b|\\bany arrests\\b|\\barrest record\\b|\\bever been (?:in jail|detained by (?:the )?police)\\b",
      ),
    ],
    lawful: [q("\\bconvicted\\b")],
    instead:
      "Arrests are not convictions; many jurisdictions forbid asking (EEOC guidance, ban-the-box laws). Where the law allows, ask only about convictions relevant to the role, after an offer.",
  },
  {
    id: "salary_history",
    label: "salary history",
    patterns: [
      q(
        "\\bwhat(?:'s| is| was) your (?:current|previous|last|present) (?:salary|pay|compensation|comp|package|base)\\b",
      ),
      q(
        "\\bhow much (?:do|did) (?:you|they) (?:make|earn|get paid|pay you)\\b|\\bhow much were you (?:paid|making|earning)\\b",
      ),
      q(
        "\\bwhat (?:are|were) you (?:making|earning|paid)\\b|\\b(?:current|last|previous) (?:salary|pay stub|payslip|compensation)\\b",
      ),
    ],
    lawful: [
      q(
        "\\b(?:salary|pay|compensation) (?:range|expectations?)\\b|\\bexpect(?:ing|ations?)?\\b|\\blooking for\\b|\\bhoping for\\b",
      ),
    ],
    instead:
      'Salary history questions are banned in many US states and cities. Ask "What salary range are you looking for?"',
  },
  {
    id: "sexual_orientation_gender",
    label: "sexual orientation or gender identity",
    patterns: [
      q(
        "\\bare you (?:gay|straight|lesbian|bisexual|trans|transgender)\\b|\\bwhat(?:'s| is) your (?:sexual orientation|gender identity|sexuality)\\b|\\bwhat are your pronouns\\b",
      ),
    ],
    instead: "Sexual orientation and gender identity are protected. Leave them out of the interview.",
  },
  {
    id: "politics_union_military",
    label: "political affiliation, union membership or military discharge",
    patterns: [
      q(
        "\\bwho did you vote for\\b|\\bwhat(?:'s| is) your (?:political (?:party|affiliation|views))\\b|\\bare you (?:a )?(?:democrat|republican|conservative|liberal)\\b",
      ),
      q(
        "\\bare you (?:in|a member of) a (?:trade )?union\\b|\\bwhat type of (?:military )?discharge\\b|\\bwere you honorably discharged\\b",
      ),
    ],
    instead:
      "Political views, union membership and discharge type are protected in many jurisdictions. Ask about job-related skills gained in service instead.",
  },
  {
    id: "genetic_information",
    label: "genetic information and family medical history",
    patterns: [
      q(
        "\\bfamily (?:medical )?history of\\b|\\bdoes (?:cancer|diabetes|heart disease) run in your family\\b|\\bgenetic (?:test|testing|conditions?)\\b",
      ),
    ],
    instead: "Genetic information is protected (US GINA). Leave family medical history out of the interview.",
  },
];

/** More phrasings per topic, kept apart so each topic's list above stays readable. */
const MORE_PHRASINGS: Record<string, string[]> = {
  age: [
    "\\bare you (?:like |about |around |over |under |older than |younger than |at least )?(?:\\d{2}|twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\\b(?! (?:percent|%|people|engineers|years of))",
    "\\bbefore you retire\\b|\\bretirement (?:age|plans)\\b|\\bwhat generation\\b",
  ],
  marital_status: [
    "\\b(?:does|would|will|did) your (?:husband|wife|spouse|partner|boyfriend|girlfriend|fianc[ée]e?)\\b|\\bwhat does your (?:husband|wife|spouse|partner) think\\b",
  ],
  family: [
    "\\bfamily (?:responsibilities|obligations|commitments|situation)\\b|\\b(?:maternity|paternity|parental) leave\\b",
  ],
  religion: ["\\bwhat religion\\b|\\bwhich (?:faith|religion)\\b"],
  national_origin: [
    "\\bnationality\\b|\\bborn (?:in this country|here|abroad|in the (?:us|uk|states))\\b|\\b(?:what|which) origin\\b|\\bwhere (?:is|does) your (?:name|family|surname) (?:come )?from\\b|\\bwhat kind of (?:name|accent) is (?:that|this)\\b",
  ],
  arrest_record: [
    "\\b(?:picked up|taken in|held|detained|questioned) by (?:the )?(?:police|cops)\\b|\\bin trouble with the (?:law|police)\\b",
  ],
  sexual_orientation_gender: ["\\bassigned at birth\\b|\\bwhat gender\\b|\\bdo you identify as\\b"],
  politics_union_military: [
    "\\bpolitical (?:party|parties|views|affiliation|leanings)\\b|\\bhow do you vote\\b|\\bdischarge\\b[^?.]{0,20}\\bhonou?rable\\b",
  ],
  genetic_information: ["\\bfamily\\b[^?.]{0,30}\\bhistory of\\b"],
};
for (const topic of COMPLIANCE_TOPICS) topic.patterns.push(...(MORE_PHRASINGS[topic.id] ?? []).map((p) => q(p)));

export { CompliancePolicySchema, type CompliancePolicy } from "./compliance-policy";

/** The other languages' phrasings of the same topics. */
const IN_LANGUAGE: Record<Exclude<Language, "en">, ComplianceLanguage> = {
  es: ES_COMPLIANCE,
  de: DE_COMPLIANCE,
  fr: FR_COMPLIANCE,
  it: IT_COMPLIANCE,
};

/** The topics in the interview's language; an organisation's own topics apply in every language. */
export function topicsFor(policy: CompliancePolicy | undefined, language: Language = "en"): readonly ComplianceTopic[] {
  if (policy && !policy.enabled) return [];
  const extra = (policy?.extraTopics ?? []).map((t) => ({ ...t, patterns: t.patterns.map((p) => q(p)) }));
  const topics =
    language === "en"
      ? COMPLIANCE_TOPICS
      : Object.entries(IN_LANGUAGE[language].topics).map(([id, t]) => ({ id, ...t }));
  return [...topics, ...extra];
}

/** Only a question, or a request phrased as one, counts ("tell me how old your kids are"). */
const ASKS =
  /\?|\b(?:tell me|can you tell|could you tell|do you mind (?:me asking|telling)|i(?:'d| would) like to know|may i ask|let me ask|just curious|out of curiosity)\b/i;

export function complianceChecks(
  text: string,
  topics: readonly ComplianceTopic[],
  language: Language = "en",
  say: InsightMessages = EN_MESSAGES,
): CheckedDraft[] {
  const asks = language === "en" ? ASKS : IN_LANGUAGE[language].asks;
  const opens =
    language === "en"
      ? /^\s*(?:so\s+|and\s+|also\s+)?(?:are|do|did|have|how|what|when|where|who|is|will|were)\b/i
      : IN_LANGUAGE[language].opensAsQuestion;
  const out: CheckedDraft[] = [];
  for (const topic of topics) {
    const hit = topic.patterns.map((p) => p.exec(text)).find((m) => m !== null);
    if (!hit) continue;
    if (topic.lawful?.some((l) => l.test(text)) && !topic.patterns.some((p) => p.test(text.replace(hit[0], ""))))
      continue;
    if (!asks.test(text) && !opens.test(text)) continue;
    out.push({
      check: "compliance",
      type: "compliance",
      priority: "high",
      title: say.compliance.title(topic.label),
      content: say.compliance.content(hit[0], topic.label, topic.instead),
    });
  }
  return out.slice(0, 1);
}
