// libFuzzer target: normalization and tokenization of arbitrary bytes keep their invariants.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "tokenize/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  isnad::NormalizedText norm;
  isnad::Normalizer(isnad::NormLevel::kMatch).Normalize(in, &norm);
  if (norm.origin.size() != norm.text.size() + 1 || norm.origin.back() != size) std::abort();
  std::vector<isnad::Token> tokens;
  isnad::Tokenize(norm, &tokens);
  uint32_t last = 0;
  for (const auto& t : tokens) {
    if (t.begin > t.end || t.end > size || t.begin < last) std::abort();
    if (t.sbegin < t.nbegin || t.send > t.nend || t.sbegin > t.send) std::abort();
    last = t.begin;
  }
  std::vector<isnad::Sentence> sentences;
  isnad::SplitSentences(norm, tokens, &sentences);
  for (const auto& s : sentences) {
    if (s.first_token >= s.last_token || s.last_token > tokens.size()) std::abort();
  }
  return 0;
}
