/** Words the debrief shows wherever a summary appears; apart, so a screen can say them without the analytics. */
export const NO_RATING_NOTICE =
  "A draft from the transcript: the app does not rate candidates or recommend a decision; the ratings and the recommendation are the interviewer's.";
