import { z } from "zod";
import { LanguageSchema } from "../language";

/** Capture channels: the microphone and, optionally, a shared call tab. */
export const ChannelSchema = z.enum(["mic", "call", "import"]);
export type Channel = z.infer<typeof ChannelSchema>;

export const SegmentSchema = z.object({
  id: z.string(),
  channel: ChannelSchema,
  /** Display label: "Interviewer", "Candidate", or a name from an imported transcript. */
  speaker: z.string(),
  startMs: z.number().nonnegative(),
  endMs: z.number().nonnegative(),
  text: z.string(),
  /** 0..1; the speech share of the audio for live segments, 1 for imported text. */
  confidence: z.number().min(0).max(1),
  final: z.boolean(),
  /** A partial's committed prefix (characters of `text` two passes agreed on); absent on finals. */
  stableChars: z.number().int().nonnegative().optional(),
  /** The language it was transcribed in (asked for or detected); absent on older and imported segments. */
  language: LanguageSchema.optional(),
});
export type Segment = z.infer<typeof SegmentSchema>;

export const INTERVIEWER = "Interviewer";
export const CANDIDATE = "Candidate";
