import type { Language } from "../language";

/**
 * The languages a sample interview is written in, apart from the samples' text: the home screen's
 * language picker needs only this (decision 121).
 */
export const SAMPLE_LANGUAGES: readonly Language[] = ["en", "es"];
