// libFuzzer target: normalizes, tokenizes and scans arbitrary bytes for numbers, and checks the
// invariants every consumer relies on: spans inside the input and in order, token ranges
// inside the token list, min <= max when both are set, value inside [min, max] when set.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "extract/numbers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const isnad::Normalizer normalizer(isnad::NormLevel::kMatch);
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  isnad::NormalizedText norm;
  std::vector<isnad::Token> tokens;
  std::vector<isnad::NumberMention> out;
  normalizer.Normalize(in, &norm);
  isnad::Tokenize(norm, &tokens);
  isnad::ScanNumbers(norm, tokens, &out);
  uint32_t prev_end = 0;
  for (const isnad::NumberMention& m : out) {
    if (m.begin > m.end || m.end > size) std::abort();
    if (m.begin < prev_end) std::abort();  // disjoint and in text order
    if (m.first_token >= m.last_token || m.last_token > tokens.size()) std::abort();
    if (m.min && m.max && *m.min > *m.max) std::abort();
    if (m.value && m.kind == isnad::NumberKind::kCardinal &&
        ((m.min && *m.value < *m.min) || (m.max && *m.value > *m.max))) {
      std::abort();
    }
    prev_end = m.end;
  }
  return 0;
}
