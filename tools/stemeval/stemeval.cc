// stemeval: judges isnad's light stemmer (src/tokenize/stemmer.h) against a peer, Snowball's
// Arabic stemmer from Debian's libstemmer, on a vocabulary taken from real news, and runs
// Lucene's published Arabic test cases through isnad's normalizer and stemmer.
//
//   stemeval vocab  --top 20000 --out tests/data/stemming/vocabulary.tsv CORPUS.jsonl...
//   stemeval refresh tests/data/stemming/vocabulary.tsv      (recompute both stem columns)
//   stemeval metrics tests/data/stemming/vocabulary.tsv      (agreement figures only)
//   stemeval lucene  ../shared/corpora/lucene-ar/lucene_arabic_cases.tsv
//
// The vocabulary is the `top` most frequent word types of the corpora, each normalized at
// kMatch and made only of the letters U+0621..U+064A. Snowball is run on the most frequent
// surface form of the type as the page wrote it (hamza seats, ة, tashkeel and all), which is
// what it would see in a real index; its output is then folded at kMatch so that the two
// stems are spelled alike. isnad's stem is LightStem of the kMatch form. See
// docs/stemming.md for the figures and what they mean.
#include <libstemmer.h>
#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/file.h"
#include "normalize/normalizer.h"
#include "tokenize/stemmer.h"
#include "tokenize/tokenizer.h"

namespace isnad {
namespace {

struct Entry {
  std::string word;     // kMatch form
  uint64_t freq = 0;
  std::string surface;  // most frequent form as written
  std::string snowball;
  std::string isnad;
};

bool ArabicLettersOnly(std::string_view w) {
  if (w.empty() || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    const auto b0 = static_cast<unsigned char>(w[i]);
    const auto b1 = static_cast<unsigned char>(w[i + 1]);
    const char32_t c = (char32_t(b0 & 0x1F) << 6) | (b1 & 0x3F);
    if ((b0 != 0xD8 && b0 != 0xD9) || c < 0x0621 || c > 0x064A) return false;
  }
  return true;
}

class Snowball {
 public:
  Snowball() : sb_(sb_stemmer_new("arabic", "UTF_8")) {}
  ~Snowball() {
    if (sb_ != nullptr) sb_stemmer_delete(sb_);
  }
  Snowball(const Snowball&) = delete;
  Snowball& operator=(const Snowball&) = delete;
  bool ok() const { return sb_ != nullptr; }
  std::string Stem(std::string_view w) {
    const sb_symbol* s =
        sb_stemmer_stem(sb_, reinterpret_cast<const sb_symbol*>(w.data()), static_cast<int>(w.size()));
    return std::string(reinterpret_cast<const char*>(s), static_cast<size_t>(sb_stemmer_length(sb_)));
  }

 private:
  sb_stemmer* sb_;
};

// Counts word types (kMatch) and, per type, its surface forms.
struct Counter {
  std::unordered_map<std::string, std::pair<uint64_t, std::unordered_map<std::string, uint64_t>>> types;
  Normalizer norm{NormLevel::kMatch};
  NormalizedText nt;
  std::vector<Token> tokens;

  void Add(std::string_view text) {
    norm.Normalize(text, &nt);
    Tokenize(nt, &tokens);
    for (const Token& t : tokens) {
      if (t.kind != TokenKind::kWord) continue;
      const std::string_view w = TokenText(nt, t);
      if (!ArabicLettersOnly(w)) continue;
      auto& slot = types[std::string(w)];
      ++slot.first;
      ++slot.second[std::string(text.substr(t.begin, t.end - t.begin))];
    }
  }
};

bool ReadCorpus(const std::string& path, Counter* counter, size_t* docs) {
  auto raw = ReadFileLimited(path);
  if (!raw.ok()) {
    std::cerr << raw.status().message() << "\n";
    return false;
  }
  simdjson::ondemand::parser parser;
  std::istringstream lines(*raw);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    simdjson::padded_string padded(line);
    simdjson::ondemand::document d;
    if (parser.iterate(padded).get(d)) continue;
    simdjson::ondemand::object obj;
    if (d.get_object().get(obj)) continue;
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key)) continue;
      if (key != "title" && key != "text" && key != "content") continue;
      std::string_view v;
      if (field.value().get_string().get(v)) continue;
      counter->Add(v);
    }
    ++*docs;
  }
  return true;
}

void Restem(std::vector<Entry>* vocab, Snowball* sb) {
  const Normalizer norm(NormLevel::kMatch);
  for (Entry& e : *vocab) {
    e.isnad = std::string(LightStem(e.word));
    if (sb != nullptr) e.snowball = norm.Fold(sb->Stem(e.surface));
  }
}

bool WriteVocab(const std::string& path, const std::vector<Entry>& vocab) {
  std::ofstream out(path);
  if (!out) return false;
  out << "# Most frequent word types (kMatch) of ant-multisource + saudinewsnet-aawsat with Snowball's\n"
         "# Arabic stem (libstemmer 2.2, run on `surface`, output folded at kMatch) and isnad's\n"
         "# LightStem. Regenerate: tools/stemeval (see docs/stemming.md).\n"
         "word\tfreq\tsurface\tsnowball\tisnad\n";
  for (const Entry& e : vocab) {
    out << e.word << '\t' << e.freq << '\t' << e.surface << '\t' << e.snowball << '\t' << e.isnad << '\n';
  }
  return static_cast<bool>(out);
}

bool ReadVocab(const std::string& path, std::vector<Entry>* vocab) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("word\t", 0) == 0) continue;
    std::istringstream f(line);
    Entry e;
    std::string freq;
    std::getline(f, e.word, '\t');
    std::getline(f, freq, '\t');
    std::getline(f, e.surface, '\t');
    std::getline(f, e.snowball, '\t');
    std::getline(f, e.isnad, '\t');
    e.freq = std::stoull(freq);
    vocab->push_back(std::move(e));
  }
  return true;
}

// Pairs of words put in one class by a stemmer, counted per type (each pair 1) and per token
// (pair a,b weighs freq(a)*freq(b)).
struct PairCounts {
  double types = 0;
  double tokens = 0;
};

template <typename KeyFn>
PairCounts SameClassPairs(const std::vector<Entry>& v, KeyFn key) {
  std::map<std::string, std::pair<double, std::pair<double, double>>> cls;  // n, (sum f, sum f^2)
  for (const Entry& e : v) {
    auto& c = cls[key(e)];
    c.first += 1;
    c.second.first += static_cast<double>(e.freq);
    c.second.second += static_cast<double>(e.freq) * static_cast<double>(e.freq);
  }
  PairCounts p;
  for (const auto& [k, c] : cls) {
    p.types += c.first * (c.first - 1) / 2;
    p.tokens += (c.second.first * c.second.first - c.second.second) / 2;
  }
  return p;
}

// Hamza seats spelled on their base letter (ؤ -> و, ئ -> ي), as kSearch does and as Snowball
// writes them: «رئيس» -> «رييس». Agreement is also reported modulo this spelling.
std::string SeatFold(std::string_view s) {
  std::string r(s);
  for (size_t i = 0; i + 1 < r.size(); i += 2) {
    if (r[i] == '\xD8' && r[i + 1] == '\xA4') r[i + 1] = '\x88', r[i] = '\xD9';       // ؤ -> و
    else if (r[i] == '\xD8' && r[i + 1] == '\xA6') r[i + 1] = '\x8A', r[i] = '\xD9';  // ئ -> ي
  }
  return r;
}

void PrintMetrics(const std::vector<Entry>& v) {
  double types = 0, tokens = 0, eq_types = 0, eq_tokens = 0;
  for (const Entry& e : v) {
    types += 1;
    tokens += static_cast<double>(e.freq);
    if (e.snowball == e.isnad) {
      eq_types += 1;
      eq_tokens += static_cast<double>(e.freq);
    }
  }
  double eq_seat_types = 0, eq_seat_tokens = 0;
  for (const Entry& e : v) {
    if (SeatFold(e.snowball) == SeatFold(e.isnad)) {
      eq_seat_types += 1;
      eq_seat_tokens += static_cast<double>(e.freq);
    }
  }
  const PairCounts ours = SameClassPairs(v, [](const Entry& e) { return e.isnad; });
  const PairCounts theirs = SameClassPairs(v, [](const Entry& e) { return e.snowball; });
  const PairCounts both =
      SameClassPairs(v, [](const Entry& e) { return e.isnad + "\t" + e.snowball; });
  auto pct = [](double a, double b) { return b == 0 ? 0.0 : 100.0 * a / b; };
  auto f1 = [](double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); };
  std::map<std::string, int> ci, cs;
  for (const Entry& e : v) {
    ++ci[e.isnad];
    ++cs[e.snowball];
  }
  std::printf("types %.0f, tokens %.0f\n", types, tokens);
  std::printf("classes: isnad %zu, snowball %zu\n", ci.size(), cs.size());
  std::printf("exact stem agreement: %.2f%% of types, %.2f%% of tokens\n", pct(eq_types, types),
              pct(eq_tokens, tokens));
  std::printf("exact, hamza seats folded:   %.2f%% of types, %.2f%% of tokens\n",
              pct(eq_seat_types, types), pct(eq_seat_tokens, tokens));
  const double pt = pct(both.types, ours.types), rt = pct(both.types, theirs.types);
  const double pk = pct(both.tokens, ours.tokens), rk = pct(both.tokens, theirs.tokens);
  std::printf("conflation (pairs of types):  precision %.2f%%  recall %.2f%%  F1 %.2f%%  "
              "(same-class pairs: isnad %.0f, snowball %.0f, both %.0f)\n",
              pt, rt, f1(pt, rt), ours.types, theirs.types, both.types);
  std::printf("conflation (token-weighted):  precision %.2f%%  recall %.2f%%  F1 %.2f%%\n", pk, rk,
              f1(pk, rk));
}

int Vocab(int argc, char** argv) {
  size_t top = 20000;
  std::string out;
  std::vector<std::string> inputs;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--top" && i + 1 < argc) {
      top = std::stoul(argv[++i]);
    } else if (a == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else {
      inputs.push_back(a);
    }
  }
  if (out.empty() || inputs.empty()) return 2;
  Counter counter;
  size_t docs = 0;
  for (const std::string& p : inputs) {
    if (!ReadCorpus(p, &counter, &docs)) return 1;
  }
  std::vector<Entry> vocab;
  uint64_t all_tokens = 0;
  for (auto& [w, slot] : counter.types) {
    all_tokens += slot.first;
    Entry e;
    e.word = w;
    e.freq = slot.first;
    uint64_t best = 0;
    for (const auto& [s, n] : slot.second) {
      if (n > best || (n == best && s < e.surface)) {
        best = n;
        e.surface = s;
      }
    }
    vocab.push_back(std::move(e));
  }
  std::sort(vocab.begin(), vocab.end(), [](const Entry& a, const Entry& b) {
    return a.freq != b.freq ? a.freq > b.freq : a.word < b.word;
  });
  uint64_t kept = 0;
  if (vocab.size() > top) vocab.resize(top);
  for (const Entry& e : vocab) kept += e.freq;
  std::printf("%zu documents, %zu word types, %llu word tokens; top %zu types cover %.2f%% of tokens\n",
              docs, counter.types.size(), static_cast<unsigned long long>(all_tokens), vocab.size(),
              100.0 * static_cast<double>(kept) / static_cast<double>(all_tokens));
  Snowball sb;
  if (!sb.ok()) return 1;
  Restem(&vocab, &sb);
  if (!WriteVocab(out, vocab)) return 1;
  PrintMetrics(vocab);
  return 0;
}

int Refresh(const std::string& path, bool write) {
  std::vector<Entry> vocab;
  if (!ReadVocab(path, &vocab)) return 1;
  if (write) {
    Snowball sb;
    if (!sb.ok()) return 1;
    Restem(&vocab, &sb);
    if (!WriteVocab(path, vocab)) return 1;
  }
  PrintMetrics(vocab);
  return 0;
}

// Lucene's cases: normalization rows through Normalizer(kMatch), light_stem rows through
// kMatch + LightStem, analyzer rows through Normalize + Tokenize and each token's stem.
int Lucene(const std::string& path) {
  std::ifstream in(path);
  if (!in) return 1;
  const Normalizer norm(NormLevel::kMatch);
  NormalizedText nt;
  std::vector<Token> tokens;
  std::map<std::string, std::pair<int, int>> per;  // component -> (match, total)
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::istringstream ls(line);
    for (std::string x; std::getline(ls, x, '\t');) f.push_back(x);
    while (f.size() < 4) f.emplace_back();
    const std::string& comp = f[0];
    std::string got;
    if (comp == "normalization") {
      got = norm.Fold(f[1]);
    } else {
      norm.Normalize(f[1], &nt);
      Tokenize(nt, &tokens);
      for (const Token& t : tokens) {
        if (t.kind == TokenKind::kPunct) continue;  // Lucene's tokenizer drops punctuation
        if (!got.empty()) got += ' ';
        got += std::string(TokenStem(nt, t));
      }
    }
    const bool ok = got == f[2];
    auto& p = per[comp];
    p.first += ok;
    p.second += 1;
    std::printf("%s\t%s\t%s\t%s\t%s\t%s\n", ok ? "ok" : "DIFF", comp.c_str(), f[1].c_str(), f[2].c_str(),
                got.c_str(), f[3].c_str());
  }
  int m = 0, t = 0;
  for (const auto& [c, p] : per) {
    std::printf("# %s: %d/%d\n", c.c_str(), p.first, p.second);
    m += p.first;
    t += p.second;
  }
  std::printf("# all: %d/%d\n", m, t);
  return 0;
}

}  // namespace
}  // namespace isnad

int main(int argc, char** argv) {
  const std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd == "vocab") return isnad::Vocab(argc, argv);
  if (cmd == "refresh" && argc == 3) return isnad::Refresh(argv[2], true);
  if (cmd == "metrics" && argc == 3) return isnad::Refresh(argv[2], false);
  if (cmd == "lucene" && argc == 3) return isnad::Lucene(argv[2]);
  std::fprintf(stderr,
               "usage: stemeval vocab [--top N] --out VOCAB.tsv CORPUS.jsonl...\n"
               "       stemeval refresh|metrics VOCAB.tsv\n"
               "       stemeval lucene CASES.tsv\n");
  return 2;
}
