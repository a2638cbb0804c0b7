#include "ingest/page_layout.h"

#include <algorithm>

#include "base/utf8.h"
#include "ingest/pubdate.h"
#include "lexicon/tsv.h"

namespace isnad {
namespace {

// One line of the page with its normalized text and tokens.
struct Line {
  Span span;                // trimmed, in doc->text
  uint32_t nbegin = 0, nend = 0;
  uint32_t first_token = 0, last_token = 0;
  int words = 0;            // word, number and Latin tokens
  bool symbol_first = false;
};

bool IsWordish(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber ||
         t.kind == TokenKind::kLatin || t.kind == TokenKind::kClitic;
}

std::vector<Line> SplitLines(const std::string& text, const std::vector<Token>& tokens) {
  std::vector<Line> lines;
  uint32_t pos = 0;
  const auto n = static_cast<uint32_t>(text.size());
  while (pos < n) {
    uint32_t end = pos;
    while (end < n && text[end] != '\n') ++end;
    Line line;
    line.span = Span{pos, end};
    auto first = std::lower_bound(tokens.begin(), tokens.end(), pos,
                                  [](const Token& t, uint32_t p) { return t.begin < p; });
    auto last = std::lower_bound(first, tokens.end(), end,
                                 [](const Token& t, uint32_t p) { return t.begin < p; });
    line.first_token = static_cast<uint32_t>(first - tokens.begin());
    line.last_token = static_cast<uint32_t>(last - tokens.begin());
    if (line.first_token < line.last_token) {
      line.span = Span{tokens[line.first_token].begin, tokens[line.last_token - 1].end};
      line.nbegin = tokens[line.first_token].nbegin;
      line.nend = tokens[line.last_token - 1].nend;
      for (uint32_t i = line.first_token; i < line.last_token; ++i) line.words += IsWordish(tokens[i]);
      line.symbol_first = tokens[line.first_token].kind == TokenKind::kSymbol;
      lines.push_back(line);
    }
    pos = end + 1;
  }
  return lines;
}

// The line without a trailing count such as «التعليقات (0)».
std::string_view StripCount(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ')' || (s.back() >= '0' && s.back() <= '9') ||
                        s.back() == '(')) {
    s.remove_suffix(1);
  }
  return s;
}

bool Contains(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }

// Photo captions and credits between title and body: «(الجزيرة-أرشيف)», «- جيتي», «صورة من …».
bool LooksLikeCaption(std::string_view n) {
  return Contains(n, "ارشيف") || Contains(n, "جيتي") || Contains(n, "getty") ||
         Contains(n, "صوره") || Contains(n, "(ا ف ب)") || Contains(n, "afp") ||
         Contains(n, "(رويترز)") || Contains(n, "الصوره:") || Contains(n, "مواقع التواصل");
}

// Words after which an outlet named with ل is quoted, not the reporter: «وفقا لوكالة رويترز».
bool IsAttributionWord(std::string_view w) {
  return w == "وفقا" || w == "وفق" || w == "بحسب" || w == "حسب" || w == "طبقا" ||
         w == "نقلا" || w == "عن" || w == "تابع" || w == "التابع" || w == "التابعه";
}

// Verbs an outlet uses of itself: «علمت "أورينت نت"», «أورينت تكشف», «تمكنت "أورينت نت"».
bool IsSelfVerb(std::string_view w) {
  return w == "علمت" || w == "تكشف" || w == "كشفت" || w == "تمكنت" || w == "حصلت" ||
         w == "رصدت" || w == "تواصلت" || w == "اطلعت" || w == "تنفرد" || w == "وعلمت" ||
         w == "وتمكنت" || w == "وحصلت";
}

class Analyzer {
 public:
  Analyzer(const OutletDirectory& outlets, const NormalizedText& norm,
           const std::vector<Token>& tokens, Document* doc)
      : outlets_(outlets), doc_(doc), norm_(norm), tokens_(tokens),
        lines_(SplitLines(doc->text, tokens_)) {}

  std::string_view Norm(const Line& l) const { return norm_.View(l.nbegin, l.nend); }

  // Outlet matches in a line: (outlet index, token position, first token of match).
  void Outlets(const Line& l, std::vector<PhraseMatch>* out) const {
    outlets_.matcher().FindAll(norm_, tokens_, l.first_token, l.last_token, out);
  }

  std::optional<OutletRef> FirstOutlet(const Line& l, Basis basis) const {
    std::vector<PhraseMatch> m;
    Outlets(l, &m);
    if (m.empty()) return std::nullopt;
    return Ref(m.front(), basis);
  }

  OutletRef Ref(const PhraseMatch& m, Basis basis) const {
    const OutletEntry& e = outlets_.entry(outlets_.matcher().Payloads(m.node).front());
    return OutletRef{e.id, e.name_ar, basis,
                     Span{tokens_[m.first_token].begin, tokens_[m.last_token - 1].end}};
  }

  // Self-references in reporting lines, the most frequent outlet wins.
  std::optional<OutletRef> SelfReference(const std::vector<const Line*>& lines) const {
    std::vector<std::pair<OutletRef, int>> votes;
    for (const Line* l : lines) {
      std::vector<PhraseMatch> found;
      Outlets(*l, &found);
      for (const PhraseMatch& m : found) {
        const Token& t = tokens_[m.first_token];
        const std::string_view w = TokenText(norm_, t);
        const bool dative = (m.prefix_len > 0 && (w.substr(m.prefix_len - 2, 2) == "ل" ||
                                                  w.substr(0, 4) == "لل")) ||
                            t.is(kAfterClitic);
        uint32_t before = m.first_token;
        while (before > l->first_token &&
               (tokens_[before - 1].kind == TokenKind::kPunct ||
                tokens_[before - 1].kind == TokenKind::kClitic)) {
          --before;
        }
        const std::string_view prev =
            before > l->first_token ? TokenText(norm_, tokens_[before - 1]) : std::string_view();
        const std::string_view next = m.last_token < l->last_token
                                          ? TokenText(norm_, tokens_[m.last_token])
                                          : std::string_view();
        const bool self = (dative && !IsAttributionWord(prev) && prev != "وكاله") ||
                          IsSelfVerb(prev) || IsSelfVerb(next);
        if (!self) continue;
        OutletRef ref = Ref(m, Basis::kSelfReference);
        auto it = std::find_if(votes.begin(), votes.end(),
                               [&](const auto& v) { return v.first.id == ref.id; });
        if (it == votes.end()) {
          votes.emplace_back(ref, 1);
        } else {
          ++it->second;
        }
      }
    }
    if (votes.empty()) return std::nullopt;
    auto best = std::max_element(votes.begin(), votes.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    return best->first;
  }

  std::optional<PublicationTime> DateIn(const Line& l, Basis basis) const {
    Span s;
    auto t = FindDateline(Norm(l), &s);
    if (!t) return std::nullopt;
    t->basis = basis;
    t->evidence = Span{norm_.OriginBegin(l.nbegin + s.start), norm_.OriginEnd(l.nbegin + s.end)};
    return t;
  }

  const std::vector<Line>& lines() const { return lines_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  const NormalizedText& norm() const { return norm_; }

 private:
  const OutletDirectory& outlets_;
  Document* doc_;
  const NormalizedText& norm_;
  const std::vector<Token>& tokens_;
  std::vector<Line> lines_;
};

void DetectLanguage(Document* doc) {
  size_t arabic = 0, latin = 0;
  for (size_t i = 0; i < doc->text.size();) {
    char32_t c;
    i += DecodeUtf8(doc->text, i, &c);
    if (IsArabicLetter(c)) ++arabic;
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin;
  }
  if (arabic + latin == 0) {
    doc->language = "und";
  } else if (arabic * 2 >= arabic + latin) {
    doc->language = "ar";
  } else if (doc->language.empty()) {
    doc->language = "und";  // a Latin-script page: isnad does not guess which language
  }
}

}  // namespace

Result<PageLayout> PageLayout::Load(const std::filesystem::path& furniture_tsv) {
  ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(furniture_tsv, {"pattern", "match", "zone"}));
  PageLayout layout;
  const Normalizer norm(NormLevel::kMatch);
  for (const TsvRow& row : t.rows) {
    Pattern p;
    p.text = norm.Fold(t.Get(row, "pattern"));
    p.prefix = t.Get(row, "match") == "prefix";
    const std::string_view z = t.Get(row, "zone");
    if (z == "section_label") p.marker = Marker::kSectionLabel;
    else if (z == "comments") p.marker = Marker::kComments;
    else if (z == "related") p.marker = Marker::kRelated;
    else if (z == "related_block") p.marker = Marker::kRelatedBlock;
    else if (z == "furniture") p.marker = Marker::kFurniture;
    else if (z == "credit") p.marker = Marker::kCredit;
    else {
      return Status::DataError(t.path + ":" + std::to_string(row.line) + ": unknown zone '" +
                               std::string(z) + "'");
    }
    layout.patterns_.push_back(std::move(p));
  }
  return layout;
}

const PageLayout::Pattern* PageLayout::Lookup(std::string_view line) const {
  const std::string_view bare = StripCount(line);
  for (const Pattern& p : patterns_) {
    if (p.prefix ? line.substr(0, p.text.size()) == p.text : bare == p.text) return &p;
  }
  return nullptr;
}

void PageLayout::Analyze(const OutletDirectory& outlets, Document* doc) const {
  NormalizedText norm;
  std::vector<Token> tokens;
  Normalizer(NormLevel::kMatch).Normalize(doc->text, &norm);
  Tokenize(norm, &tokens);
  Analyze(outlets, norm, tokens, doc);
}

void PageLayout::Analyze(const OutletDirectory& outlets, const NormalizedText& norm,
                         const std::vector<Token>& tokens, Document* doc) const {
  Analyzer a(outlets, norm, tokens, doc);
  enum class State { kBeforeTitle, kHeader, kBody, kComments, kTail } state = State::kBeforeTitle;
  const bool title_known = !doc->title.empty();
  const std::string title_norm = Normalizer(NormLevel::kMatch).Fold(doc->title);
  if (title_known) state = State::kHeader;

  std::optional<OutletRef> credit, byline;
  std::optional<PublicationTime> dateline, comment_time;
  std::vector<const Line*> reporting;
  std::string found_title_norm;
  const auto& lines = a.lines();
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    const std::string_view n = a.Norm(l);
    const Pattern* p = Lookup(n);
    ZoneKind zone = ZoneKind::kBody;
    const Marker m = p ? p->marker : Marker::kFurniture;
    if (state == State::kComments) {
      zone = ZoneKind::kComments;
      if (auto t = a.DateIn(l, Basis::kComment); t && !comment_time) comment_time = t;
      if (p && m == Marker::kRelatedBlock) state = State::kTail, zone = ZoneKind::kRelated;
    } else if (p && m == Marker::kComments && l.words <= 6) {
      state = State::kComments;
      zone = ZoneKind::kComments;
    } else if (p && m == Marker::kRelatedBlock) {
      state = State::kTail;
      zone = ZoneKind::kRelated;
    } else if (state == State::kTail) {
      zone = ZoneKind::kFurniture;
    } else if ((p && m == Marker::kFurniture) || l.symbol_first || l.words == 0 ||
               (l.words == 1 && n.find_first_not_of("0123456789 ") == std::string_view::npos)) {
      zone = ZoneKind::kFurniture;
    } else if (p && m == Marker::kRelated) {
      zone = ZoneKind::kRelated;
    } else if (p && m == Marker::kCredit && l.words <= 8) {
      zone = ZoneKind::kCredit;
      if (!credit) credit = a.FirstOutlet(l, Basis::kCreditLine);
      if (state == State::kBody) state = State::kTail;
    } else if (state == State::kBeforeTitle) {
      if (p && m == Marker::kSectionLabel) {
        zone = ZoneKind::kSectionLabel;
      } else {
        zone = ZoneKind::kTitle;
        doc->title = std::string(doc->TextOf(l.span));
        doc->title_span = l.span;
        found_title_norm = std::string(n);
        state = State::kHeader;
      }
    } else if (n == found_title_norm || (title_known && n == title_norm)) {
      zone = title_known && !doc->title_span ? ZoneKind::kTitle : ZoneKind::kFurniture;
      if (zone == ZoneKind::kTitle) doc->title_span = l.span;
    } else if (state == State::kHeader) {
      const bool dup_next = i + 1 < lines.size() && a.Norm(lines[i + 1]) == n;
      const bool dup_prev = i > 0 && a.Norm(lines[i - 1]) == n;
      if (l.words <= 14 && a.DateIn(l, Basis::kDateline) &&
          (Contains(n, "تاريخ") || Contains(n, "نشر") || l.words <= 8)) {
        zone = ZoneKind::kDateline;
        if (!dateline) dateline = a.DateIn(l, Basis::kDateline);
      } else if (dup_next || dup_prev || (l.words <= 30 && LooksLikeCaption(n))) {
        zone = ZoneKind::kCaption;
      } else if (l.words <= 7 &&
                 (a.FirstOutlet(l, Basis::kByline) || Contains(n, "خاص") ||
                  Contains(n, "متابعات") || Contains(n, "وكالات") ||
                  (Contains(n, ":") && l.words <= 5))) {
        zone = ZoneKind::kByline;
        if (!byline) byline = a.FirstOutlet(l, Basis::kByline);
      } else {
        state = State::kBody;
      }
    }
    if (zone == ZoneKind::kBody) state = State::kBody;
    if (zone == ZoneKind::kBody || zone == ZoneKind::kTitle) reporting.push_back(&l);
    if (!doc->zones.empty() && doc->zones.back().kind == zone &&
        zone != ZoneKind::kTitle) {
      doc->zones.back().span.end = l.span.end;  // consecutive lines of one zone merge
    } else {
      doc->zones.push_back(Zone{zone, l.span});
    }
  }

  if (!doc->outlet) {
    if (credit) doc->outlet = credit;
    else if (byline) doc->outlet = byline;
    else if (auto self = a.SelfReference(reporting)) doc->outlet = self;
  }
  if (!doc->published) {
    if (dateline) {
      doc->published = dateline;
    } else if (comment_time) {
      doc->published = comment_time;
      doc->published->upper_bound = true;
    }
  }
  DetectLanguage(doc);
}

}  // namespace isnad
