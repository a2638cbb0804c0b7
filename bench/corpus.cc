#include "corpus.h"

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "base/file.h"

namespace isnad::bench {
namespace {

std::string DefaultPath() {
  if (const char* p = std::getenv("ISNAD_BENCH_CORPUS")) return p;
  const char* root = std::getenv("ISNAD_ROOT");
  return std::string(root != nullptr ? root : ".") +
         "/../shared/corpora/ant-multisource/ant_skynews_middleEast.jsonl";
}

Corpus Load() {
  Corpus c;
  c.path = DefaultPath();
  auto raw = ReadFileLimited(c.path);
  if (!raw.ok()) {
    std::fprintf(stderr, "bench corpus: %s\n", raw.status().message().c_str());
    std::exit(1);
  }
  simdjson::ondemand::parser parser;
  const std::string_view all = *raw;
  for (size_t pos = 0; pos < all.size();) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    const std::string_view line = all.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    const simdjson::padded_string padded(line);
    simdjson::ondemand::document d;
    simdjson::ondemand::object obj;
    if (parser.iterate(padded).get(d) || d.get_object().get(obj)) continue;
    std::string doc;
    for (auto field : obj) {
      std::string_view key, v;
      if (field.unescaped_key().get(key)) continue;
      if (key != "title" && key != "text" && key != "content") continue;
      if (field.value().get_string().get(v)) continue;
      if (!doc.empty()) doc += '\n';
      doc += v;
    }
    if (doc.empty()) continue;
    c.bytes += doc.size();
    c.docs.push_back(std::move(doc));
  }
  return c;
}

}  // namespace

const Corpus& LoadCorpus() {
  static const Corpus corpus = Load();
  return corpus;
}

}  // namespace isnad::bench
