// Builds data/lexicon/df.tsv: for every light stem, the number of documents of a corpus it
// occurs in. Story similarity weighs shared words by their rarity (IDF) from this table, so
// «الباغوز» and «استسلام» count for more than «سوريا» and «قوات».
// Usage: gen_df OUT.tsv FILE.jsonl...   (reads the text/content field of each line)
#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tokenize/text_layers.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: gen_df OUT.tsv FILE.jsonl...\n");
    return 2;
  }
  std::unordered_map<std::string, int> df;
  int docs = 0;
  simdjson::ondemand::parser parser;
  isnad::TextLayers l;
  for (int f = 2; f < argc; ++f) {
    std::ifstream in(argv[f]);
    for (std::string line; std::getline(in, line);) {
      simdjson::padded_string p(line);
      std::string text;
      try {
        auto doc = parser.iterate(p);
        for (auto field : doc.get_object()) {
          const std::string_view k = field.unescaped_key();
          if (k == "text" || k == "content" || k == "title") {
            text += std::string(std::string_view(field.value().get_string())) + "\n";
          }
        }
      } catch (const simdjson::simdjson_error&) {
        continue;
      }
      l.Build(text);
      std::unordered_set<std::string_view> seen;
      for (const isnad::Token& t : l.tokens) {
        if (t.kind == isnad::TokenKind::kWord) seen.insert(isnad::TokenStem(l.norm, t));
      }
      for (std::string_view s : seen) ++df[std::string(s)];
      ++docs;
    }
  }
  std::vector<std::pair<std::string, int>> rows(df.begin(), df.end());
  std::sort(rows.begin(), rows.end());
  std::ofstream out(argv[1]);
  out << "# Document frequency of light stems (see tools/gen_df.cc): how many of the documents\n"
         "# of the public corpora ant-multisource and saudinewsnet-aawsat contain each stem.\n"
         "# Stems seen in fewer than 3 documents are left out (their IDF is the maximum).\n";
  out << "stem\tdf\n";
  out << "*documents*\t" << docs << "\n";
  for (const auto& [stem, n] : rows) {
    if (n >= 3) out << stem << "\t" << n << "\n";
  }
  std::fprintf(stderr, "%d documents, %zu stems\n", docs, rows.size());
  return 0;
}
