// ner_eval: scores the entity stage (src/entities/recognizer.h) against gold-annotated Arabic
// NER corpora: ANERcorp (Benajiba et al. 2007, `token TAG` per line, IOB1, sentences end at
// the «.» tokens) and the public Wojood sample (Jarrar et al. 2022, CoNLL-like, blank line
// between sentences, nested tags of which the first is used).
//
//   ner_eval --anercorp ../shared/corpora/anercorp/ANERCorp.txt --data data
//   ner_eval --wojood ../shared/corpora/wojood-sample/test.txt --data data --json
//
// The gold tokens are joined by single spaces, sentence by sentence (one sentence a line),
// into synthetic documents of about --doc-tokens tokens: one body zone, no title. Each gold
// token keeps its byte span, so a mention found by the recognizer maps to the gold tokens it
// touches. Gold types and ours are compared as
//
//   PERS  ← person          LOC ← place (Wojood: GPE and LOC)
//   ORG   ← actor, organization, outlet        (MISC, NORP, DATE, … are not scored)
//
// For each type: entity-level precision, recall and F1, exact (same first and last gold
// token) and partial (any overlap with a gold entity of the type); recall on the gold entities
// that our dictionaries know (their whole text matches a name of a compatible kind) and on
// the others, which separates dictionary coverage from recognition quality; precision by
// mention basis; and the most frequent false positives and false negatives. See
// docs/entities.md for the figures and what they mean.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/file.h"
#include "entities/dictionary.h"
#include "entities/recognizer.h"
#include "isnad/document.h"
#include "isnad/entity.h"
#include "tokenize/text_layers.h"

namespace isnad {
namespace {

constexpr int kTypes = 3;
constexpr const char* kTypeNames[kTypes] = {"PERS", "LOC", "ORG"};

// Our entity kinds as gold types.
int TypeOf(EntityKind k) {
  switch (k) {
    case EntityKind::kPerson: return 0;
    case EntityKind::kPlace: return 1;
    case EntityKind::kActor: case EntityKind::kOrganization: case EntityKind::kOutlet: return 2;
  }
  return -1;
}

struct Corpus {
  std::string name;
  // Gold label (without B-/I-) to scored type, or -1 when the label is not scored.
  int (*type_of)(std::string_view label);
};

int AnercorpType(std::string_view l) {
  return l == "PERS" ? 0 : l == "LOC" ? 1 : l == "ORG" ? 2 : -1;
}
int WojoodType(std::string_view l) {
  return l == "PERS" ? 0 : (l == "GPE" || l == "LOC") ? 1 : l == "ORG" ? 2 : -1;
}

struct GoldLine {
  std::string token;
  std::vector<std::string> tags;  // "O", "B-PERS", "I-ORG", …; nested corpora: outermost first
};
using GoldSentence = std::vector<GoldLine>;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// ANERcorp: `token TAG`, the tag being the last field (2 lines have a token with a space).
// No blank lines: a sentence ends after each «.» token. 191 lines have an empty token.
std::vector<GoldSentence> ReadAnercorp(std::string_view all) {
  std::vector<GoldSentence> out(1);
  for (size_t pos = 0; pos < all.size();) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    const std::string_view line = Trim(all.substr(pos, nl - pos));
    pos = nl + 1;
    const size_t sp = line.find_last_of(" \t");
    if (sp == std::string_view::npos) continue;
    const std::string_view token = Trim(line.substr(0, sp));
    if (token.empty()) continue;
    out.back().push_back(GoldLine{std::string(token), {std::string(line.substr(sp + 1))}});
    if (token == ".") out.emplace_back();
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

// Wojood: `token TAG [TAG …]`, blank line between sentences, `$#$ O` at a paragraph end.
std::vector<GoldSentence> ReadWojood(std::string_view all) {
  std::vector<GoldSentence> out(1);
  for (size_t pos = 0; pos < all.size();) {
    size_t nl = all.find('\n', pos);
    if (nl == std::string_view::npos) nl = all.size();
    const std::string_view line = Trim(all.substr(pos, nl - pos));
    pos = nl + 1;
    const size_t sp = line.find(' ');
    if (line.empty() || sp == std::string_view::npos || line.substr(0, sp) == "$#$") {
      if (!out.back().empty()) out.emplace_back();
      continue;
    }
    GoldLine g{std::string(line.substr(0, sp)), {}};
    for (std::string_view tags = Trim(line.substr(sp + 1)); !tags.empty();) {
      const size_t e = std::min(tags.find(' '), tags.size());
      g.tags.emplace_back(tags.substr(0, e));
      tags = Trim(tags.substr(e));
    }
    out.back().push_back(std::move(g));
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

struct GoldToken {
  uint32_t begin = 0, end = 0;  // bytes of EvalDoc::text
  std::string label;            // "PERS", "MISC", … or "" for O
};

struct GoldEntity {
  int type = 0;
  uint32_t first = 0, last = 0;  // gold tokens [first, last)
};

struct EvalDoc {
  std::string text;
  std::vector<GoldToken> tokens;
  std::vector<GoldEntity> gold;
};

std::string LabelOf(const std::string& tag) {
  return tag.rfind("B-", 0) == 0 || tag.rfind("I-", 0) == 0 ? tag.substr(2) : std::string();
}

// Decodes IOB1 (an I- without a B- of the same label starts an entity) in tag column `layer`
// of one sentence whose tokens start at gold token `base`.
void DecodeLayer(const Corpus& c, const GoldSentence& s, size_t layer, uint32_t base,
                 std::vector<GoldEntity>* out) {
  std::string open;  // label of the entity being read
  uint32_t open_first = 0;
  auto close = [&](uint32_t at) {
    if (const int t = open.empty() ? -1 : c.type_of(open); t >= 0) {
      const GoldEntity g{t, open_first, at};
      // Nested layers repeat an entity when a token has fewer tags than its neighbours.
      if (std::none_of(out->begin(), out->end(), [&](const GoldEntity& x) {
            return x.type == g.type && x.first == g.first && x.last == g.last;
          })) {
        out->push_back(g);
      }
    }
    open.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const auto k = base + static_cast<uint32_t>(i);
    const std::string tag = layer < s[i].tags.size() ? s[i].tags[layer] : "O";
    const std::string label = LabelOf(tag);
    if (label.empty() || tag[0] == 'B' || label != open) {
      close(k);
      if (!label.empty()) open = label, open_first = k;
    }
  }
  close(base + static_cast<uint32_t>(s.size()));
}

// `layers`: 1 scores the outermost tag only; more reads nested entities too.
void AddSentence(const Corpus& c, const GoldSentence& s, size_t layers, EvalDoc* d) {
  if (!d->text.empty()) d->text += '\n';
  const auto base = static_cast<uint32_t>(d->tokens.size());
  size_t depth = 1;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0) d->text += ' ';
    const auto begin = static_cast<uint32_t>(d->text.size());
    d->text += s[i].token;
    std::string label;  // every scored label of the token, for the false-positive lists
    for (size_t l = 0; l < std::min(layers, s[i].tags.size()); ++l) {
      const std::string x = LabelOf(s[i].tags[l]);
      if (!x.empty() && label.find(x) == std::string::npos) label += (label.empty() ? "" : "/") + x;
    }
    d->tokens.push_back(GoldToken{begin, static_cast<uint32_t>(d->text.size()), label});
    depth = std::max(depth, s[i].tags.size());
  }
  for (size_t l = 0; l < std::min(layers, depth); ++l) DecodeLayer(c, s, l, base, &d->gold);
}

std::vector<EvalDoc> MakeDocs(const Corpus& c, const std::vector<GoldSentence>& sentences,
                              size_t doc_tokens, size_t layers, size_t* token_count) {
  std::vector<EvalDoc> docs(1);
  for (const GoldSentence& s : sentences) {
    if (docs.back().tokens.size() >= doc_tokens) docs.emplace_back();
    AddSentence(c, s, layers, &docs.back());
    *token_count += s.size();
  }
  return docs;
}

struct Pred {
  int type = 0;
  uint32_t first = 0, last = 0;  // gold tokens [first, last)
  std::string text;
  const Entity* entity = nullptr;
  MentionBasis basis = MentionBasis::kDictionary;
};

// One line of a false positive or negative list: how often, and the first place it was seen.
struct Miss {
  size_t count = 0;
  std::string example;  // the gold tokens around it, the miss in [brackets]
  std::string id;       // false positives: our entity id
};

struct Counts {
  size_t gold = 0, pred = 0, exact_tp = 0, partial_pred_ok = 0, partial_gold_found = 0;
  size_t dict_gold = 0, dict_found = 0, dict_exact = 0, nodict_found = 0;
  size_t fp_wrong_type = 0;  // false positives lying on a gold entity of another scored type
  std::map<std::string, std::pair<size_t, size_t>> by_basis;  // basis → (pred, partial ok)
  std::map<std::string, std::pair<size_t, size_t>> by_kind;  // "actor/state_forces" → …
  std::unordered_map<std::string, Miss> fp, fn;  // "text\tnote" → …
};

struct Result_ {
  std::string name, path;
  size_t tokens = 0, sentences = 0, docs = 0;
  double seconds = 0;
  Counts t[kTypes];
};

bool Overlaps(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) { return a0 < b1 && b0 < a1; }

class Evaluator {
 public:
  explicit Evaluator(const EntityDictionary& dict) : dict_(dict), recognizer_(dict) {}

  void Run(const Corpus& c, const std::vector<EvalDoc>& docs, Result_* r) {
    TextLayers layers;
    double seconds = 0;
    for (const EvalDoc& d : docs) {
      Document doc;
      doc.text = d.text;
      doc.input = d.text;
      doc.language = "ar";
      doc.zones.push_back(Zone{ZoneKind::kBody, Span{0, static_cast<uint32_t>(d.text.size())}});
      const auto t0 = std::chrono::steady_clock::now();
      layers.Build(doc.text);
      const DocumentEntities ents = recognizer_.Find(doc, layers);
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      Score(c, d, ents, r);
    }
    r->seconds = seconds;
  }

 private:
  std::vector<Pred> Preds(const EvalDoc& d, const DocumentEntities& ents) const {
    std::vector<Pred> out;
    for (const EntityMention& m : ents.mentions) {
      const Entity& e = ents.entities[m.entity];
      const auto& tk = d.tokens;
      const auto first = std::partition_point(tk.begin(), tk.end(),
                                              [&](const GoldToken& g) { return g.end <= m.start; });
      const auto last = std::partition_point(first, tk.end(),
                                             [&](const GoldToken& g) { return g.begin < m.end; });
      if (first == last) continue;
      out.push_back(Pred{TypeOf(e.kind), static_cast<uint32_t>(first - tk.begin()),
                         static_cast<uint32_t>(last - tk.begin()),
                         d.text.substr(m.start, m.end - m.start), &e, m.basis});
    }
    return out;
  }

  static std::string Span_(const EvalDoc& d, uint32_t first, uint32_t last) {
    return d.text.substr(d.tokens[first].begin, d.tokens[last - 1].end - d.tokens[first].begin);
  }

  // «… قال الرئيس [جورج بوش] في …»: up to 6 gold tokens either side, same line only.
  static std::string Context(const EvalDoc& d, uint32_t first, uint32_t last) {
    uint32_t a = first, b = last;
    for (int k = 0; k < 6 && a > 0 && d.text[d.tokens[a].begin - 1] == ' '; ++k) --a;
    for (int k = 0; k < 6 && b < d.tokens.size() && d.text[d.tokens[b].begin - 1] == ' '; ++k) ++b;
    std::string out;
    if (a < first) out += Span_(d, a, first) + " ";
    out += "[" + Span_(d, first, last) + "]";
    if (b > last) out += " " + Span_(d, last, b);
    return out;
  }

  static void Count(std::unordered_map<std::string, Miss>* m, const std::string& key,
                    const EvalDoc& d, uint32_t first, uint32_t last, const std::string& id) {
    Miss& x = (*m)[key];
    if (x.count++ == 0) x.example = Context(d, first, last), x.id = id;
  }

  // The gold labels under a predicted mention: «O», «LOC», «ORG+O».
  static std::string LabelsUnder(const EvalDoc& d, const Pred& p) {
    std::string out;
    for (uint32_t i = p.first; i < p.last; ++i) {
      const std::string l = d.tokens[i].label.empty() ? "O" : d.tokens[i].label;
      if (out.find(l) == std::string::npos) out += (out.empty() ? "" : "+") + l;
    }
    return out;
  }

  // True when the whole of `text` is a dictionary name of an entity of gold type `type`.
  bool InDictionary(const std::string& text, int type) {
    const std::string key = std::to_string(type) + text;
    if (auto it = in_dict_.find(key); it != in_dict_.end()) return it->second;
    TextLayers l;
    l.Build(text);
    uint32_t i = 0, n = static_cast<uint32_t>(l.tokens.size());
    while (i < n && l.tokens[i].kind != TokenKind::kWord && l.tokens[i].kind != TokenKind::kLatin) ++i;
    while (n > i && l.tokens[n - 1].kind == TokenKind::kPunct) --n;
    bool found = false;
    PhraseMatch m;
    if (i < n && dict_.names().MatchAt(l.norm, l.tokens, i, n, &m) && m.last_token == n) {
      for (uint32_t p : dict_.names().Payloads(m.node)) {
        found |= TypeOf(dict_.entry(p & EntityDictionary::kIndexMask).kind) == type;
      }
    }
    in_dict_.emplace(key, found);
    return found;
  }

  void Score(const Corpus&, const EvalDoc& d, const DocumentEntities& ents, Result_* r) {
    const std::vector<Pred> preds = Preds(d, ents);
    std::vector<bool> exact_used(d.gold.size()), found(d.gold.size()), found_exact(d.gold.size());
    for (const Pred& p : preds) {
      if (p.type < 0) continue;
      Counts& c = r->t[p.type];
      ++c.pred;
      bool ok = false, other_type = false;
      for (size_t g = 0; g < d.gold.size(); ++g) {
        const GoldEntity& ge = d.gold[g];
        if (!Overlaps(p.first, p.last, ge.first, ge.last)) continue;
        if (ge.type != p.type) {
          other_type = true;
          continue;
        }
        ok = true;
        found[g] = true;
        if (ge.first == p.first && ge.last == p.last && !exact_used[g]) {
          exact_used[g] = found_exact[g] = true;
          ++c.exact_tp;
        }
      }
      c.partial_pred_ok += ok;
      auto& b = c.by_basis[MentionBasisName(p.basis)];
      ++b.first, b.second += ok;
      const std::string kind = EntityKindName(p.entity->kind);
      auto& k = c.by_kind[p.type == 2 ? kind + "/" + p.entity->type : kind];
      ++k.first, k.second += ok;
      if (!ok) {
        c.fp_wrong_type += other_type;
        Count(&c.fp, p.text + "\t" + LabelsUnder(d, p), d, p.first, p.last, p.entity->id);
      }
    }
    for (size_t g = 0; g < d.gold.size(); ++g) {
      const GoldEntity& ge = d.gold[g];
      Counts& c = r->t[ge.type];
      ++c.gold;
      c.partial_gold_found += found[g];
      const std::string text = Span_(d, ge.first, ge.last);
      const bool in_dict = InDictionary(text, ge.type);
      if (in_dict) {
        ++c.dict_gold;
        c.dict_found += found[g];
        c.dict_exact += found_exact[g];
      } else {
        c.nodict_found += found[g];
      }
      if (found[g]) continue;
      std::string note = in_dict ? "in dictionary" : "";
      for (const Pred& p : preds) {
        if (p.type >= 0 && p.type != ge.type && Overlaps(p.first, p.last, ge.first, ge.last)) {
          note += std::string(note.empty() ? "" : "; ") + "taken as " + EntityKindName(p.entity->kind);
          break;
        }
      }
      Count(&c.fn, text + "\t" + note, d, ge.first, ge.last, "");
    }
  }

  const EntityDictionary& dict_;
  EntityRecognizer recognizer_;
  std::unordered_map<std::string, bool> in_dict_;
};

double Div(size_t a, size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

std::vector<std::pair<std::string, Miss>> Top(const std::unordered_map<std::string, Miss>& m,
                                               size_t n) {
  std::vector<std::pair<std::string, Miss>> v(m.begin(), m.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.second.count != b.second.count ? a.second.count > b.second.count : a.first < b.first;
  });
  if (v.size() > n) v.resize(n);
  return v;
}

// Totals over the three types (micro-average).
Counts Total(const Result_& r) {
  Counts all;
  for (const Counts& c : r.t) {
    all.gold += c.gold, all.pred += c.pred, all.exact_tp += c.exact_tp;
    all.partial_pred_ok += c.partial_pred_ok, all.partial_gold_found += c.partial_gold_found;
    all.dict_gold += c.dict_gold, all.dict_found += c.dict_found, all.dict_exact += c.dict_exact;
    all.nodict_found += c.nodict_found, all.fp_wrong_type += c.fp_wrong_type;
  }
  return all;
}

void PrintRow(const char* name, const Counts& c) {
  const double ep = Div(c.exact_tp, c.pred), er = Div(c.exact_tp, c.gold);
  const double pp = Div(c.partial_pred_ok, c.pred), pr = Div(c.partial_gold_found, c.gold);
  std::printf("| %-5s | %5zu | %5zu | %5.1f | %5.1f | %5.1f | %5.1f | %5.1f | %5.1f | %5zu | %5.1f | %5.1f | %5.1f |\n",
              name, c.gold, c.pred, 100 * ep, 100 * er, 100 * F1(ep, er), 100 * pp, 100 * pr,
              100 * F1(pp, pr), c.dict_gold, 100 * Div(c.dict_exact, c.dict_gold),
              100 * Div(c.dict_found, c.dict_gold), 100 * Div(c.nodict_found, c.gold - c.dict_gold));
}

void PrintTable(const Result_& r, size_t top) {
  std::printf("\n## %s (%s)\n\n%zu tokens, %zu sentences, %zu synthetic documents; "
              "tokenize + recognize %.2f s (%.0f tokens/s)\n\n",
              r.name.c_str(), r.path.c_str(), r.tokens, r.sentences, r.docs, r.seconds,
              Div(r.tokens, 1) / std::max(r.seconds, 1e-9));
  std::printf("| type  |  gold |  pred | ex. P | ex. R | ex.F1 | ov. P | ov. R | ov.F1 | indic | dicRx | dicRo | nodRo |\n"
              "| ----- | ----: | ----: | ----: | ----: | ----: | ----: | ----: | ----: | ----: | ----: | ----: | ----: |\n");
  for (int t = 0; t < kTypes; ++t) PrintRow(kTypeNames[t], r.t[t]);
  PrintRow("all", Total(r));
  std::printf("\nex. = exact span, ov. = any overlap; indic = gold entities whose text is a name in "
              "our dictionaries;\ndicRx/dicRo = exact/overlap recall on those; nodRo = overlap "
              "recall on the others.\n");
  for (int t = 0; t < kTypes; ++t) {
    const Counts& c = r.t[t];
    std::printf("\n### %s\n\nprecision (overlap) by basis:", kTypeNames[t]);
    for (const auto& [b, n] : c.by_basis) {
      std::printf(" %s %zu/%zu (%.0f%%);", b.c_str(), n.second, n.first, 100 * Div(n.second, n.first));
    }
    std::printf("\nprecision (overlap) by our kind:");
    for (const auto& [k, n] : c.by_kind) {
      std::printf(" %s %zu/%zu (%.0f%%);", k.c_str(), n.second, n.first, 100 * Div(n.second, n.first));
    }
    std::printf("\nfalse positives on a gold entity of another type: %zu of %zu\n",
                c.fp_wrong_type, c.pred - c.partial_pred_ok);
    std::printf("\ntop false positives (count, text, gold labels under it, our id; first seen):\n");
    for (const auto& [k, x] : Top(c.fp, top)) {
      const size_t tab = k.find('\t');
      std::printf("  %4zu  %s  [%s] %s;  %s\n", x.count, k.substr(0, tab).c_str(),
                  k.substr(tab + 1).c_str(), x.id.c_str(), x.example.c_str());
    }
    std::printf("\ntop false negatives (count, gold text, note; first seen):\n");
    for (const auto& [k, x] : Top(c.fn, top)) {
      const size_t tab = k.find('\t');
      const std::string note = k.substr(tab + 1);
      std::printf("  %4zu  %s%s%s%s;  %s\n", x.count, k.substr(0, tab).c_str(),
                  note.empty() ? "" : "  [", note.c_str(), note.empty() ? "" : "]", x.example.c_str());
    }
  }
}

nlohmann::json CountsJson(const Counts& c, size_t top) {
  const double ep = Div(c.exact_tp, c.pred), er = Div(c.exact_tp, c.gold);
  const double pp = Div(c.partial_pred_ok, c.pred), pr = Div(c.partial_gold_found, c.gold);
  nlohmann::json j = {
      {"gold", c.gold},
      {"pred", c.pred},
      {"exact", {{"tp", c.exact_tp}, {"precision", ep}, {"recall", er}, {"f1", F1(ep, er)}}},
      {"partial", {{"pred_ok", c.partial_pred_ok}, {"gold_found", c.partial_gold_found},
                   {"precision", pp}, {"recall", pr}, {"f1", F1(pp, pr)}}},
      {"in_dictionary", {{"gold", c.dict_gold}, {"recall_exact", Div(c.dict_exact, c.dict_gold)},
                         {"recall_partial", Div(c.dict_found, c.dict_gold)}}},
      {"not_in_dictionary", {{"gold", c.gold - c.dict_gold},
                             {"recall_partial", Div(c.nodict_found, c.gold - c.dict_gold)}}},
      {"false_positives_on_other_type", c.fp_wrong_type},
  };
  for (const auto& [b, n] : c.by_basis) j["by_basis"][b] = {{"pred", n.first}, {"ok", n.second}};
  for (const auto& [k, n] : c.by_kind) j["by_kind"][k] = {{"pred", n.first}, {"ok", n.second}};
  for (const char* which : {"fp", "fn"}) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& [k, x] : Top(which[1] == 'p' ? c.fp : c.fn, top)) {
      const size_t tab = k.find('\t');
      nlohmann::json e = {{"text", k.substr(0, tab)},
                          {which[1] == 'p' ? "gold" : "note", k.substr(tab + 1)},
                          {"count", x.count}, {"example", x.example}};
      if (!x.id.empty()) e["id"] = x.id;
      list.push_back(std::move(e));
    }
    j[which[1] == 'p' ? "false_positives" : "false_negatives"] = std::move(list);
  }
  return j;
}

int Main(int argc, char** argv) {
  CLI::App app{"ner_eval: precision/recall of the entity stage on gold Arabic NER corpora"};
  std::string anercorp, data = "data";
  std::vector<std::string> wojood;
  size_t doc_tokens = 300, top = 20;
  bool json = false, nested = false;
  app.add_option("--anercorp", anercorp, "ANERcorp file (token TAG per line)");
  app.add_option("--wojood", wojood, "Wojood file(s) (CoNLL, nested tags)");
  app.add_option("--data", data, "isnad data directory (dict/, places/)")->capture_default_str();
  app.add_option("--doc-tokens", doc_tokens, "gold tokens per synthetic document")->capture_default_str();
  app.add_option("--top", top, "false positives/negatives listed per type")->capture_default_str();
  app.add_flag("--nested", nested,
               "Wojood: score nested entities too (default: the outermost tag of each token)");
  app.add_flag("--json", json, "print a JSON summary instead of the tables");
  CLI11_PARSE(app, argc, argv);
  if (anercorp.empty() && wojood.empty()) {
    std::fprintf(stderr, "ner_eval: give --anercorp FILE and/or --wojood FILE\n");
    return 2;
  }

  const auto t0 = std::chrono::steady_clock::now();
  auto dict = EntityDictionary::Load({data});
  if (!dict.ok()) {
    std::fprintf(stderr, "ner_eval: %s\n", dict.status().ToString().c_str());
    return 1;
  }
  const double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  // Several Wojood files (train, val, test of the public sample) are read as one corpus.
  std::vector<std::pair<Corpus, std::vector<std::string>>> inputs;
  if (!anercorp.empty()) inputs.push_back({Corpus{"ANERcorp", &AnercorpType}, {anercorp}});
  if (!wojood.empty()) inputs.push_back({Corpus{"Wojood", &WojoodType}, wojood});

  Evaluator eval(*dict);
  nlohmann::json out = {{"data", data}, {"names", dict->name_count()},
                        {"entries", dict->entries().size()}, {"load_seconds", load_s},
                        {"doc_tokens", doc_tokens}, {"corpora", nlohmann::json::array()}};
  if (!json) {
    std::printf("# ner_eval\n\ndictionaries: %s (%zu entries, %zu names, loaded in %.2f s)\n",
                data.c_str(), dict->entries().size(), dict->name_count(), load_s);
  }
  for (const auto& [corpus, paths] : inputs) {
    std::vector<GoldSentence> sentences;
    Result_ r;
    for (const std::string& path : paths) {
      auto raw = ReadFileLimited(path);
      if (!raw.ok()) {
        std::fprintf(stderr, "ner_eval: %s\n", raw.status().ToString().c_str());
        return 1;
      }
      std::vector<GoldSentence> s =
          corpus.type_of == &AnercorpType ? ReadAnercorp(*raw) : ReadWojood(*raw);
      sentences.insert(sentences.end(), std::make_move_iterator(s.begin()),
                       std::make_move_iterator(s.end()));
      r.path += (r.path.empty() ? "" : ", ") + path;
    }
    r.name = corpus.name + (nested && corpus.type_of == &WojoodType ? " (nested)" : "");
    r.sentences = sentences.size();
    const std::vector<EvalDoc> docs =
        MakeDocs(corpus, sentences, doc_tokens, nested ? 8 : 1, &r.tokens);
    r.docs = docs.size();
    eval.Run(corpus, docs, &r);
    if (!json) {
      PrintTable(r, top);
      continue;
    }
    nlohmann::json c = {{"name", r.name}, {"path", r.path}, {"tokens", r.tokens},
                        {"sentences", r.sentences}, {"documents", r.docs}, {"seconds", r.seconds}};
    for (int t = 0; t < kTypes; ++t) c["types"][kTypeNames[t]] = CountsJson(r.t[t], top);
    c["types"]["all"] = CountsJson(Total(r), 0);
    out["corpora"].push_back(std::move(c));
  }
  if (json) std::printf("%s\n", out.dump(2).c_str());
  return 0;
}

}  // namespace
}  // namespace isnad

int main(int argc, char** argv) { return isnad::Main(argc, argv); }
