/** A run of words a route writes for its page: plain text, and links with their text. */
export type Sentence = (string | { text: string; href: string })[];
