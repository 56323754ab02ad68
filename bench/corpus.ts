/**
 * A deterministic synthetic corpus of Vietnamese-like news articles for benchmarks: the same
 * seed and size always give the same articles.
 *
 * Syllables are built from Vietnamese onsets, rhymes and tone marks; words are one to three
 * syllables. Everyday words follow a Zipf distribution; each story (a cluster of about 40
 * articles over a few weeks) has its own place names and topic words, one to three tags of
 * its own, a broad tag, and most articles carry the catch-all tag "Hải Phòng", as in real
 * newsrooms. About 30 articles are published a day, so 100,000 articles span about nine years.
 */
import type { RelatedSource } from "../src/related/related-index.ts";
import { random } from "./random.ts";

const ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"];
const RHYMES = [
  "a", "ai", "am", "an", "ang", "anh", "ao", "au", "ay", "ăm", "ăn", "ăng", "âm", "ân", "âng", "âu", "ây", "e", "em", "en", "eo",
  "ê", "êm", "ên", "ênh", "êu", "i", "ia", "im", "in", "inh", "iêu", "iên", "o", "oa", "oai", "oan", "oang", "oanh", "oi", "om",
  "on", "ong", "ô", "ôi", "ôm", "ôn", "ông", "ơ", "ơi", "ơm", "ơn", "u", "ua", "uân", "ui", "um", "un", "ung", "uy", "uyên",
  "ư", "ưa", "ưng", "ươi", "ươn", "ương", "ươu",
];
const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const HATTED = /[ăâêôơư]/;
const SECTIONS = ["thoi-su", "chinh-tri", "kinh-te", "van-hoa-du-lich", "xa-hoi"];
const STORY_SIZE = 40;
const PER_DAY = 30;
const DAY_MS = 86_400_000;
const START_MS = Date.UTC(2017, 0, 1);

function withTone(rhyme: string, tone: string): string {
  if (tone === "") return rhyme;
  const hat = rhyme.search(HATTED);
  const vowels = [...rhyme].map((char, i) => (/[aăâeêioôơuưy]/.test(char) ? i : -1)).filter((i) => i >= 0);
  const at = hat >= 0 ? hat : vowels.length > 1 && vowels.at(-1) === rhyme.length - 1 ? vowels.at(-2)! : vowels[0]!;
  return (rhyme.slice(0, at + 1) + tone + rhyme.slice(at + 1)).normalize("NFC");
}

/** A synthetic article knows which story it belongs to, so the bench can check the results. */
export interface SyntheticArticle extends RelatedSource {
  readonly story: number;
}

export interface CorpusOptions {
  readonly size: number;
  readonly seed?: number;
}

export function generateCorpus({ size, seed = 20261125 }: CorpusOptions): SyntheticArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const syllable = (): string => pick(ONSETS) + withTone(pick(RHYMES), pick(TONES));
  const word = (): string => {
    const length = next() < 0.25 ? 1 : next() < 0.85 ? 2 : 3;
    return Array.from({ length }, syllable).join(" ");
  };
  const capitalised = (text: string): string => text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

  // Zipf: the r-th everyday word is drawn with probability ∝ 1/r, by inverting the harmonic CDF.
  const everyday = Array.from({ length: 12_000 }, word);
  const harmonic = Math.log(everyday.length) + 0.5772;
  const commonWord = (): string => everyday[Math.min(everyday.length - 1, Math.floor(Math.exp(next() * harmonic)) - 1)]!;
  const places = Array.from({ length: 400 }, () => capitalised(word()));
  const broadTags = Array.from({ length: 60 }, () => word());

  const storyCount = Math.max(1, Math.ceil(size / STORY_SIZE));
  const stories = Array.from({ length: storyCount }, (_, s) => ({
    section: pick(SECTIONS),
    place: pick(places),
    words: Array.from({ length: 12 }, word),
    tags: Array.from({ length: 1 + Math.floor(next() * 3) }, () => capitalised(word())),
    broadTag: pick(broadTags),
    // Stories are spread evenly over the corpus's time span, each lasting a few weeks.
    centre: START_MS + (s / storyCount) * (size / PER_DAY) * DAY_MS,
  }));

  const sentence = (story: (typeof stories)[number], length: number, topical: number): string => {
    const words: string[] = [];
    for (let i = 0; i < length; i++) {
      const roll = next();
      words.push(roll < topical / 3 ? story.place : roll < topical ? pick(story.words) : commonWord());
    }
    const text = words.join(" ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  return Array.from({ length: size }, (_, i): SyntheticArticle => {
    const storyNumber = Math.floor(next() * storyCount);
    const story = stories[storyNumber]!;
    const title = sentence(story, 6 + Math.floor(next() * 4), 0.5);
    const summary = `${sentence(story, 12 + Math.floor(next() * 8), 0.3)}, ${sentence(story, 6, 0.2).toLowerCase()}.`;
    const paragraphs = Array.from({ length: 4 + Math.floor(next() * 3) }, () =>
      Array.from({ length: 2 + Math.floor(next() * 3) }, () => `${sentence(story, 8 + Math.floor(next() * 12), 0.12)}.`).join(" "),
    );
    const tags = [...story.tags.filter(() => next() < 0.8), ...(next() < 0.5 ? [story.broadTag] : []), ...(next() < 0.7 ? ["Hải Phòng"] : [])];
    const roll = next();
    return {
      slug: `bai-${i}`,
      status: roll < 0.005 ? "draft" : roll < 0.01 ? "scheduled" : "published",
      title,
      summary,
      opening: paragraphs.join("\n"),
      section: next() < 0.8 ? story.section : pick(SECTIONS),
      tags: [...new Set(tags)].map((name) => ({ name, slug: name })),
      published: { epochMs: Math.round(story.centre + (next() - 0.5) * 28 * DAY_MS) },
      story: storyNumber,
    };
  });
}
