// libFuzzer target: the document reader (format sniffing, plain text, HTML and JSON Lines
// readers, page layout) on arbitrary bytes. Invariants: zones ordered and inside the text,
// every input span inside the input.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/reader.h"

namespace {
const isnad::DocumentReader& Reader() {
  static const isnad::DocumentReader* r = [] {
    auto x = isnad::DocumentReader::Create(isnad::ReaderOptions{});
    if (!x.ok()) std::abort();
    return new isnad::DocumentReader(std::move(x).value());
  }();
  return *r;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The first byte picks the reader, so each gets fuzzed directly.
  if (size == 0) return 0;
  static const char* kNames[] = {"in.txt", "in.html", "in.jsonl", "in"};
  std::string name = kNames[data[0] % 4];
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  Reader().ReadBuffer(bytes, name, [&](isnad::Result<isnad::Document> d) {
    if (!d.ok()) return;
    uint32_t last = 0;
    for (const auto& z : d->zones) {
      if (z.span.start < last || z.span.end > d->text.size() || z.span.start > z.span.end) std::abort();
      last = z.span.end;
      const auto in = d->ToInput(z.span);
      if (in.start > in.end || in.end > d->input.size()) std::abort();
    }
    if (!d->input_of.empty() && d->input_of.size() != d->text.size() + 1) std::abort();
  });
  return 0;
}
