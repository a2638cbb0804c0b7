// Clitic segmentation and light stemming of one normalized (kMatch) Arabic word. Both return
// byte lengths or sub-views of their input, never new strings: no allocation per token.
//
// Clitics (SegmentClitics) are what attaches to a word without changing it: proclitics
// و ف (conjunctions), ب ل and كال (prepositions), ال / لل (article), س (future, only before
// ي/ت and not in nouns such as «سيطرة»), and the enclitic pronouns ها هم هن هما نا. We cut
// only where the rest stays a plausible word, each cut letter checked against a list of words
// that merely start with it, so «بيت» and «وزير» keep their first letter and «والرقة» gives
// و+ال+رقه. Bare ه is left alone: after ة -> ه folding it is as often the feminine ending.
//
// The light stem (LightStem) is for search and story similarity: clitics off, then the
// plural and dual endings ات ون ين ان وا (keeping four letters: «إيران», «لبنان» stay whole)
// and the feminine ه / accusative ا (keeping three). «والمقاتلين» -> «مقاتل», «بالباغوز» ->
// «باغوز». docs/stemming.md compares this with Snowball's Arabic stemmer and says where and
// why we differ; tests/data/stemming/pinned.tsv pins each deliberate difference.
#ifndef ISNAD_TOKENIZE_STEMMER_H_
#define ISNAD_TOKENIZE_STEMMER_H_

#include <cstdint>
#include <string_view>

namespace isnad {

struct CliticSplit {
  uint8_t prefix_len = 0;  // bytes
  uint8_t suffix_len = 0;  // bytes
};

// Most plausible clitic split of `word` (normalized Arabic letters only).
CliticSplit SegmentClitics(std::string_view word);

// Every proclitic prefix length (bytes) that leaves at least two letters, shortest first,
// starting with 0: «وبالرقه» -> {0, 2, 4, 8}. For dictionary lookups that must try each.
// Writes at most `max` values into `out` and returns how many.
int ProcliticCuts(std::string_view word, uint8_t* out, int max);

// Light stem as a sub-view of `word`.
std::string_view LightStem(std::string_view word);

namespace internal {
// SegmentClitics(word) and LightStem(word) computed together, so the tokenizer finds the clitic
// split once per token instead of twice. REQUIRES: every letter of `word` is two bytes in
// U+0600..U+06FF.
std::string_view SegmentAndStem(std::string_view word, CliticSplit* split);
}  // namespace internal

}  // namespace isnad

#endif  // ISNAD_TOKENIZE_STEMMER_H_
