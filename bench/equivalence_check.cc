// Differential check for the front end (normalize + tokenize + stem + sentences): one hash per
// document and level over everything the stages produce, so that an optimisation can be shown
// to change nothing. Run it before a change and keep the output; run it after and diff:
//
//   equivalence_check > /tmp/baseline_hashes.txt          # old code
//   equivalence_check > /tmp/after_hashes.txt             # new code
//   diff /tmp/baseline_hashes.txt /tmp/after_hashes.txt   # must be empty
//   equivalence_check --dump ID                           # every field of one document
//
// Documents: every string field of every line of ../shared/corpora/ant-multisource/*.jsonl and
// ../shared/corpora/saudinewsnet-aawsat/saudinewsnet_aawsat.jsonl (titles, bodies, authors,
// URLs...), every data/sample/seeds/*.txt whole, and a fixed set of synthetic documents built
// from the fragments real pages break on (invalid and truncated UTF-8, combining marks that
// need NFC, presentation forms, zero-width and bidi controls, exotic spaces, upper-case Latin,
// digits of three scripts), which the corpora contain too rarely to trust. Each is run at
// kDisplay, kMatch and kSearch; the hash covers the normalized text, the origin vector, every
// Token field, every Sentence, and for each word token ProcliticCuts and LightStem alone.
// Paths are resolved from ISNAD_ROOT (default ".", the repository root).
#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/file.h"
#include "normalize/normalizer.h"
#include "tokenize/stemmer.h"
#include "tokenize/tokenizer.h"

namespace isnad {
namespace {

// 64-bit multiplicative hash over a byte stream; not cryptographic, only for detecting change.
class Hasher {
 public:
  void Bytes(const void* p, size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (size_t i = 0; i < n; ++i) {
      h_ = (h_ ^ b[i]) * 0x100000001B3ULL;
    }
    Int(n);
  }
  void Int(uint64_t v) {
    h_ ^= v + 0x9E3779B97F4A7C15ULL + (h_ << 6) + (h_ >> 2);
    h_ *= 0xFF51AFD7ED558CCDULL;
    h_ ^= h_ >> 33;
  }
  uint64_t value() const { return h_; }

 private:
  uint64_t h_ = 0xCBF29CE484222325ULL;
};

struct Doc {
  std::string id;
  std::string text;
};

struct Output {
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

void Run(const Normalizer& n, std::string_view text, Output* o) {
  n.Normalize(text, &o->norm);
  Tokenize(o->norm, &o->tokens);
  SplitSentences(o->norm, o->tokens, &o->sentences);
}

uint64_t HashOf(const Output& o) {
  Hasher h;
  h.Bytes(o.norm.text.data(), o.norm.text.size());
  h.Bytes(o.norm.origin.data(), o.norm.origin.size() * sizeof(uint32_t));
  h.Int(o.tokens.size());
  for (const Token& t : o.tokens) {
    for (uint64_t v : {uint64_t{t.begin}, uint64_t{t.end}, uint64_t{t.nbegin}, uint64_t{t.nend},
                       uint64_t{t.sbegin}, uint64_t{t.send}, uint64_t(t.kind), uint64_t{t.flags},
                       uint64_t{t.prefix_len}, uint64_t{t.suffix_len}}) {
      h.Int(v);
    }
    if (t.kind != TokenKind::kWord) continue;
    const std::string_view w = TokenText(o.norm, t);
    uint8_t cuts[8];
    const int k = ProcliticCuts(w, cuts, 8);
    h.Int(static_cast<uint64_t>(k));
    h.Bytes(cuts, static_cast<size_t>(std::max(k, 0)));
    const std::string_view stem = LightStem(w);  // alone, as other stages call it
    h.Int(static_cast<uint64_t>(stem.data() - w.data()));
    h.Int(stem.size());
  }
  h.Int(o.sentences.size());
  for (const Sentence& s : o.sentences) {
    for (uint64_t v : {s.first_token, s.last_token, s.begin, s.end}) h.Int(v);
  }
  return h.value();
}

void Dump(const Doc& d, const Output& o, const char* level) {
  std::printf("== %s %s\ntext:\n%s\norigin:", d.id.c_str(), level, o.norm.text.c_str());
  for (uint32_t v : o.norm.origin) std::printf(" %u", v);
  std::printf("\ntokens:\n");
  for (const Token& t : o.tokens) {
    std::printf("%u %u %u %u %u %u k%d f%d p%d s%d [%.*s]\n", t.begin, t.end, t.nbegin, t.nend,
                t.sbegin, t.send, int(t.kind), t.flags, t.prefix_len, t.suffix_len,
                int(t.nend - t.nbegin), o.norm.text.data() + t.nbegin);
  }
  std::printf("sentences:\n");
  for (const Sentence& s : o.sentences) {
    std::printf("%u %u %u %u\n", s.first_token, s.last_token, s.begin, s.end);
  }
}

void LoadJsonl(const std::string& path, const std::string& name, std::vector<Doc>* docs) {
  auto raw = ReadFileLimited(path);
  if (!raw.ok()) {
    std::fprintf(stderr, "equivalence_check: %s\n", raw.status().message().c_str());
    std::exit(2);
  }
  simdjson::ondemand::parser parser;
  const std::string_view all = *raw;
  size_t line_no = 0;
  for (size_t pos = 0; pos < all.size(); ++line_no) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    const std::string_view line = all.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    const simdjson::padded_string padded(line);
    simdjson::ondemand::document d;
    simdjson::ondemand::object obj;
    if (parser.iterate(padded).get(d) || d.get_object().get(obj)) {
      std::fprintf(stderr, "equivalence_check: %s:%zu is not a JSON object\n", path.c_str(), line_no);
      std::exit(2);
    }
    for (auto field : obj) {
      std::string_view key, v;
      if (field.unescaped_key().get(key)) continue;
      if (field.value().get_string().get(v)) continue;
      docs->push_back(Doc{name + ":" + std::to_string(line_no) + ":" + std::string(key),
                          std::string(v)});
    }
  }
}

// Deterministic documents stitched from awkward fragments (xorshift, fixed seed).
void AddSynthetic(std::vector<Doc>* docs) {
  static const char* const kFragments[] = {
      "ا", "أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ء", "و", "ف", "ب", "ك", "ل", "س", "ال", "لل",
      "ي", "ت", "ن", "ه", "م", "ها", "هم", "ون", "ين", "ات", "ان", "وا", "والمقاتلين", "بالباغوز",
      "التي", "الله", "وزير", "سيطرة", "للمدنيين", "مِنَ", "ـ", "الـمقاتلين", "ﻻ", "ﷲ", "ﺍ",
      "\xD8\xA7\xD9\x94", "\xD9\x88\xD9\x94", "\xD9\x8A\xD9\x95", "e\xCC\x81", "\xD9\x93",
      "ی", "ک", "ۀ", "ہ", "ە", "ھ", "ے", "٠١٢", "۴۵", "٫", "٬", "،", "؛", "؟", "٪", "۔", "٭",
      "«", "»", "“", "”", "„", "‘", "’", "–", "—", "…", "\xE2\x80\x8B", "\xE2\x80\x8C",
      "\xE2\x80\x8D", "\xE2\x80\x8E", "\xE2\x80\xAB", "\xE2\x81\xA6", "\xEF\xBB\xBF", "\xC2\xAD",
      "\xC2\xA0", "\xE2\x80\x89", "\xE3\x80\x80", "\xE2\x80\xA8", "\xC2\x85", " ", "  ", "\n",
      "\n\n", "\t", "\r\n", ".", "..", "...", "!", "!!", "?!", "\"", "'", "(", ")", "#", "@", "-",
      ",", "3,800", "3.5", "27.02.2019", "http://x.com/a?b=1.", "https://ex.org/عربي)", "www.a.b",
      "U.S.", "Dr", "O'Brien", "ez-Zor", "ABC", "Zōr", "Ünal", "\xC3", "\xD8", "\xD9", "\xE2\x80",
      "\xF0\x9F", "\xFF", "\x80", "\xF0\x9F\x98\x80", "€", "©", "\x01", "\x7F", "ABCdefGHIjklMNOp",
      "Syrian Democratic Forces", "د.", "م.", "ٰ", "ۖ", "۞", "۩", "\xD8\x9C", "ٮ", "ڤ", "گ", "پ",
      "ݐ", "ࢠ", "ﭐ", "ﷺ", "ﹰ", "ﻼ", "\xEF\xBF\xBD", "_", "a1b2", "9a",
  };
  constexpr size_t kN = sizeof(kFragments) / sizeof(kFragments[0]);
  uint64_t x = 0x2545F4914F6CDD1DULL;
  auto next = [&x] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  for (int d = 0; d < 20000; ++d) {
    std::string text;
    const size_t parts = 1 + next() % 40;
    for (size_t p = 0; p < parts; ++p) text += kFragments[next() % kN];
    docs->push_back(Doc{"synthetic:" + std::to_string(d), std::move(text)});
  }
}

}  // namespace
}  // namespace isnad

int main(int argc, char** argv) {
  using namespace isnad;
  std::string dump;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--dump") == 0 && i + 1 < argc) dump = argv[++i];
  }
  const char* root_env = std::getenv("ISNAD_ROOT");
  const std::filesystem::path root = root_env != nullptr ? root_env : ".";
  const std::filesystem::path corpora = root / ".." / "shared" / "corpora";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(corpora / "ant-multisource")) {
    if (e.path().extension() == ".jsonl") files.push_back(e.path());
  }
  files.push_back(corpora / "saudinewsnet-aawsat" / "saudinewsnet_aawsat.jsonl");
  std::sort(files.begin(), files.end());
  std::vector<Doc> docs;
  for (const auto& f : files) LoadJsonl(f.string(), f.filename().string(), &docs);
  std::vector<std::filesystem::path> seeds;
  for (const auto& e : std::filesystem::directory_iterator(root / "data" / "sample" / "seeds")) {
    if (e.path().extension() == ".txt") seeds.push_back(e.path());
  }
  std::sort(seeds.begin(), seeds.end());
  for (const auto& s : seeds) {
    auto raw = ReadFileLimited(s.string());
    if (!raw.ok()) return 2;
    docs.push_back(Doc{"seed:" + s.filename().string(), std::string(*raw)});
  }
  AddSynthetic(&docs);

  const Normalizer levels[] = {Normalizer(NormLevel::kDisplay), Normalizer(NormLevel::kMatch),
                               Normalizer(NormLevel::kSearch)};
  const char* const names[] = {"display", "match", "search"};
  Output o;
  uint64_t total = 0;
  size_t bytes = 0;
  for (const Doc& d : docs) {
    if (!dump.empty() && d.id != dump) continue;
    bytes += d.text.size();
    for (int l = 0; l < 3; ++l) {
      Run(levels[l], d.text, &o);
      if (!dump.empty()) {
        Dump(d, o, names[l]);
        continue;
      }
      const uint64_t h = HashOf(o);
      total = total * 31 + h;
      std::printf("%s %s %016llx\n", d.id.c_str(), names[l], static_cast<unsigned long long>(h));
    }
  }
  std::fprintf(stderr, "equivalence_check: %zu documents, %zu bytes, 3 levels, combined %016llx\n",
               docs.size(), bytes, static_cast<unsigned long long>(total));
  return 0;
}
