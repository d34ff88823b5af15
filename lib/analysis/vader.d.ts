declare module "vader-sentiment" {
  /** What the package's SentiText holds: the tokens it scores and whether only some are ALL CAPS. */
  interface SentiTextLike {
    words_and_emoticons: string[];
    is_cap_diff: boolean;
  }
  interface Scores {
    neg: number;
    neu: number;
    pos: number;
    compound: number;
  }
  const vader: {
    SentimentIntensityAnalyzer: {
      polarity_scores(text: string): Scores;
      /** Appends the valence of `item` (the token at `index`) to `sentiments`, and returns it. */
      sentiment_valence(
        valence: number,
        sentiText: SentiTextLike,
        item: string,
        index: number,
        sentiments: number[],
      ): number[];
      but_check(words: string[], sentiments: number[]): number[];
      /** `text` is read only for its counts of "!" and "?". */
      score_valence(sentiments: number[], text: string): Scores;
    };
  };
  export default vader;
}
