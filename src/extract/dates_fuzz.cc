// libFuzzer target for the date scanner: any bytes are a document. Checks the invariants every
// consumer relies on: spans inside the original text and in order without overlap, token ranges
// consistent with the spans, intervals with start <= until, and valid calendar fields.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "extract/dates.h"
#include "normalize/normalizer.h"
#include "tokenize/tokenizer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckDate(const isnad::CivilDate& d) {
  Check(d.complete());
  Check(d.month >= 1 && d.month <= 12);
  Check(d.day >= 1 && d.day <= isnad::DaysInMonth(d.year, d.month));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const isnad::Normalizer normalizer(isnad::NormLevel::kMatch);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  isnad::NormalizedText norm;
  std::vector<isnad::Token> tokens;
  std::vector<isnad::DateMention> out;
  normalizer.Normalize(text, &norm);
  isnad::Tokenize(norm, &tokens);
  // With and without a reference: the first byte picks a day in 1900..2100.
  const isnad::CivilDate ref =
      isnad::CivilFromDays(-25567 + (size ? data[0] * 287 : 0));  // 1900-01-01 + n
  for (int pass = 0; pass < 2; ++pass) {
    isnad::ScanDates(text, norm, tokens, pass ? std::optional(ref) : std::nullopt, &out);
    uint32_t prev_end = 0;
    for (const isnad::DateMention& m : out) {
      Check(m.begin <= m.end && m.end <= size);
      Check(m.begin >= prev_end);
      prev_end = m.end;
      Check(m.first_token < m.last_token && m.last_token <= tokens.size());
      Check(tokens[m.first_token].begin == m.begin && tokens[m.last_token - 1].end == m.end);
      if (m.start) CheckDate(*m.start);
      if (m.until) CheckDate(*m.until);
      if (m.start && m.until) {
        Check(isnad::DaysFromCivil(*m.start) <= isnad::DaysFromCivil(*m.until));
      }
      if (m.relative && pass == 0) Check(!m.resolved && !m.start && !m.until);
      if (m.kind == isnad::DateKind::kDuration) Check(!m.start && !m.until);
      if (m.hour) Check(*m.hour >= 0 && *m.hour <= 23 && m.minute && *m.minute >= 0 && *m.minute <= 59);
      if (!m.zone.empty()) {
        Check(m.zone.data() >= text.data() && m.zone.data() + m.zone.size() <= text.data() + size);
      }
      (void)isnad::FormatIsoDate(m.start.value_or(isnad::CivilDate{}));
    }
  }
  (void)isnad::ParseIsoDateTime(text);
  (void)isnad::ParseRfc822DateTime(text);
  return 0;
}
