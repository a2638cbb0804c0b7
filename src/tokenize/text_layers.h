// TextLayers: the language layers of one text computed once and shared by the stages after
// tokenization (entities, numbers, dates, claims): kMatch-normalized text with its map to the
// input, tokens and sentences. A per-document scratch value; Build() reuses memory.
#ifndef ISNAD_TOKENIZE_TEXT_LAYERS_H_
#define ISNAD_TOKENIZE_TEXT_LAYERS_H_

#include <string_view>
#include <vector>

#include "tokenize/tokenizer.h"

namespace isnad {

struct TextLayers {
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  void Build(std::string_view text) {
    Normalizer(NormLevel::kMatch).Normalize(text, &norm);
    Tokenize(norm, &tokens);
    SplitSentences(norm, tokens, &sentences);
  }
  std::string_view Text(const Token& t) const { return TokenText(norm, t); }
  std::string_view Text(uint32_t i) const { return TokenText(norm, tokens[i]); }
};

}  // namespace isnad

#endif  // ISNAD_TOKENIZE_TEXT_LAYERS_H_
