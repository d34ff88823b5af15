/** Every model here takes 16 kHz mono. Its own module, so importing it never pulls in transformers.js. */
export const SAMPLE_RATE_HZ = 16_000;
