/** A skill of some ladder, as text to compare. */
export interface CrosswalkItem {
  ladder: string;
  id: string;
  title: string;
  text: string;
}

export interface Similar {
  item: CrosswalkItem;
  /** Cosine similarity of the two items' TF-IDF vectors, 0 to 1. */
  score: number;
}

const stopwords = new Set(
  (
    'a about above across after again all also an and any are as at be because been before being below between both but by can ' +
    'could did do does doing down during each either even every few for from further had has have having he her here hers him his ' +
    'how i if in into is it its itself just like made make makes many may me might more most much must my no nor not of off on ' +
    'once one only or other others our ours out over own per same she should so some such than that the their theirs them then ' +
    'there these they this those through to too under until up upon us very was we well were what when where whether which while ' +
    'who whom whose why will with within without would yet you your yours yourself e g etc ie'
  ).split(' '),
);

/** A deliberately small stemmer: enough that "facilitate", "facilitates" and "facilitation" meet. */
export function stem(word: string): string {
  return word
    .replace(/(ational|ation|ations|ator|ators)$/, 'ate')
    .replace(/(ing|ings|ed|ment|ments|ness|ly)$/, '')
    .replace(/(ies)$/, 'y')
    .replace(/(es|s)$/, '')
    .replace(/e$/, '');
}

export function terms(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z][a-z'’-]*[a-z]/g) ?? []
  )
    .map((word) => word.replace(/['’].*$/, ''))
    .filter((word) => word.length > 2 && !stopwords.has(word))
    .map(stem);
}

/**
 * For every item, the most similar items of the other ladders by TF-IDF cosine similarity of title (counted twice)
 * and text, best first, at most `limit`, and only those scoring at least `threshold` so unrelated items stay apart.
 */
export function crosswalk(items: CrosswalkItem[], { limit = 3, threshold = 0.2 } = {}): Map<CrosswalkItem, Similar[]> {
  const counts = items.map((item) => {
    const bag = new Map<string, number>();
    for (const term of [...terms(item.title), ...terms(item.title), ...terms(item.text)])
      bag.set(term, (bag.get(term) ?? 0) + 1);
    return bag;
  });
  const documentFrequency = new Map<string, number>();
  for (const bag of counts)
    for (const term of bag.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const vectors = counts.map((bag) => {
    const vector = new Map<string, number>();
    for (const [term, count] of bag)
      vector.set(term, (1 + Math.log(count)) * Math.log(1 + items.length / documentFrequency.get(term)!));
    const norm = Math.hypot(...vector.values()) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
  const cosine = (a: Map<string, number>, b: Map<string, number>) => {
    const [small, large] = a.size < b.size ? [a, b] : [b, a];
    let sum = 0;
    for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
    return sum;
  };
  const result = new Map<CrosswalkItem, Similar[]>();
  items.forEach((item, i) => {
    const similar: Similar[] = [];
    items.forEach((other, j) => {
      if (other.ladder === item.ladder) return;
      const score = cosine(vectors[i], vectors[j]);
      if (score >= threshold) similar.push({ item: other, score });
    });
    result.set(
      item,
      similar.sort((a, b) => b.score - a.score || a.item.title.localeCompare(b.item.title)).slice(0, limit),
    );
  });
  return result;
}
