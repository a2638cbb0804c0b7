// Clitic segmentation and light stemming of one normalized (kMatch) Arabic word. Both return
// byte lengths or sub-views of their input, never new strings: no allocation per token.
//
// Clitics (SegmentClitics) are what attaches to a word without changing it: proclitics
// و ف (conjunctions), ب ك ل (prepositions), ال / لل (article), س (future, before an imperfect
// prefix ي ت ن ا), and enclitic pronouns ه ها هم هن هما كم كن نا ي ني. We cut only where the
// rest stays a plausible word (at least two letters, or three after ال), so «بيت» keeps its ب
// and «والرقة» gives و+ال+رقه.
//
// The light stem (LightStem) is for search and story similarity: clitics off, then the
// commonest inflectional suffixes (ات ون ين ان يه يه) and the feminine ه, in the spirit of
// Larkey's light10 but keeping at least three letters. «والمقاتلين» -> «مقاتل»,
// «بالباغوز» -> «باغوز», «استسلام» -> «استسلام». See docs/stemming.md for how this compares with
// Snowball's Arabic stemmer and why we differ.
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

}  // namespace isnad

#endif  // ISNAD_TOKENIZE_STEMMER_H_
