#include "tokenize/tokenizer.h"

#include <array>

#include "base/utf8.h"
#include "tokenize/stemmer.h"

namespace isnad {
namespace {

enum class Cls : uint8_t { kSpace, kNewline, kArabic, kDigit, kLatin, kPunct, kOther };

constexpr std::array<Cls, 128> MakeAsciiClasses() {
  std::array<Cls, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c == '\n') t[c] = Cls::kNewline;
    else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') t[c] = Cls::kSpace;
    else if (c >= '0' && c <= '9') t[c] = Cls::kDigit;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') t[c] = Cls::kLatin;
    else if (c < 0x20 || c == 0x7F) t[c] = Cls::kSpace;
    else t[c] = Cls::kPunct;
  }
  return t;
}
constexpr std::array<Cls, 128> kAscii = MakeAsciiClasses();

// Everything but ASCII and the Arabic block: decode and test ranges. Off the hot path.
Cls ClassifySlow(std::string_view s, size_t i, uint32_t* len) {
  char32_t c;
  *len = DecodeUtf8(s, i, &c);
  if (IsArabicLetter(c)) return Cls::kArabic;
  if (c == 0x2028 || c == 0x2029 || c == 0x85) return Cls::kNewline;
  if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF)) {
    return Cls::kLatin;  // accented Latin: "Deir ez-Zōr"
  }
  if ((c >= 0x2010 && c <= 0x205E) || c == 0xA7 || c == 0xB7 || (c >= 0x3000 && c <= 0x303F)) {
    return Cls::kPunct;
  }
  return Cls::kOther;
}

// Class of each code point of the Arabic block U+0600..U+06FF, indexed by its low 8 bits: the
// letters (IsArabicLetter: «ء»..«ي», «ٮ»..«ۓ», «ۺ»..«ۿ») or kOther (digits and punctuation
// are folded to ASCII before we get here; what is left is marks and symbols such as «۞»).
constexpr std::array<Cls, 256> MakeArabicBlockClasses() {
  std::array<Cls, 256> t{};
  for (char32_t c = 0x0600; c <= 0x06FF; ++c) {
    const bool letter = (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A) ||
                        (c >= 0x066E && c <= 0x06D3) || (c >= 0x06FA && c <= 0x06FF);
    t[c - 0x600] = letter ? Cls::kArabic : Cls::kOther;
  }
  return t;
}
constexpr std::array<Cls, 256> kArabicBlock = MakeArabicBlockClasses();

// Index into kArabicBlock when s[i] starts a two-byte character of U+0600..U+06FF (lead byte
// D8..DB), else -1.
inline int ArabicBlockIndex(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if ((b0 & 0xFC) != 0xD8 || i + 1 >= s.size()) return -1;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  if ((b1 & 0xC0) != 0x80) return -1;
  return static_cast<int>(((b0 & 0x03u) << 6) | (b1 & 0x3Fu));
}

// Class of the character at s[i] and its length: ASCII and the Arabic block (nearly every
// character of a news page) by table, the rest by ClassifySlow.
inline Cls Classify(std::string_view s, size_t i, uint32_t* len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *len = 1;
    return kAscii[b];
  }
  if (const int k = ArabicBlockIndex(s, i); k >= 0) {
    *len = 2;
    return kArabicBlock[k];
  }
  return ClassifySlow(s, i, len);
}

// End of the Arabic word whose first letter starts at i and is `len` bytes long. The common
// letters U+0621..U+064A are D8 A1..BA and D9 81..8A, so the loop steps two bytes at a time by
// table while the lead byte is D8..DB, and only leaves it for letters outside the block
// (U+0750.., U+08A0..) and for the byte after the word. *two_byte tells whether every letter
// was one of the block (the stemmer's precondition).
size_t ArabicWordEnd(std::string_view s, size_t i, uint32_t len, bool* two_byte) {
  *two_byte = ArabicBlockIndex(s, i) >= 0;
  size_t j = i + len;
  for (;;) {
    int k;
    while (j < s.size() && (k = ArabicBlockIndex(s, j)) >= 0 && kArabicBlock[k] == Cls::kArabic) {
      j += 2;
    }
    if (j >= s.size() || Classify(s, j, &len) != Cls::kArabic) return j;
    *two_byte = false;  // «ݐ» U+0750 and the like
    j += len;
  }
}

bool StartsWith(std::string_view s, size_t i, std::string_view p) {
  return s.size() - i >= p.size() && s.compare(i, p.size(), p) == 0;
}

// End of a URL starting at i: everything up to whitespace or a closing bracket/quote, minus
// trailing punctuation that belongs to the sentence.
size_t UrlEnd(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size()) {
    const auto b = static_cast<unsigned char>(s[j]);
    if (b <= ' ' || b == '"' || b == '<' || b == '>' || b == ')' || b == ']') break;
    if (b >= 0x80) {
      uint32_t len;
      if (Classify(s, j, &len) != Cls::kLatin && Classify(s, j, &len) != Cls::kOther) break;
      j += len;
      continue;
    }
    ++j;
  }
  while (j > i && (s[j - 1] == '.' || s[j - 1] == ',' || s[j - 1] == ';' || s[j - 1] == ':')) --j;
  return j;
}

class TokenWriter {
 public:
  TokenWriter(const NormalizedText& norm, std::vector<Token>* out) : norm_(norm), out_(out) {}

  void Gap(Cls c) {
    if (c == Cls::kNewline) ++newlines_;
    space_ = true;
  }

  // two_byte: every letter of a kWord is in U+0600..U+06FF (see ArabicWordEnd).
  void Emit(TokenKind kind, size_t b, size_t e, bool two_byte = false) {
    Token t;
    t.kind = kind;
    t.nbegin = static_cast<uint32_t>(b);
    t.nend = static_cast<uint32_t>(e);
    t.begin = norm_.OriginBegin(t.nbegin);
    t.end = norm_.OriginEnd(t.nend);
    t.sbegin = t.nbegin;
    t.send = t.nend;
    if (!out_->empty()) {
      if (!space_) t.flags |= kGlued;
      if (newlines_ >= 1) t.flags |= kLineBefore;
      if (newlines_ >= 2) t.flags |= kParaBefore;
      if (out_->back().kind == TokenKind::kClitic) t.flags |= kAfterClitic;
      // «لـ"داعش"»: a clitic then a quote then the word; the word is what the clitic binds to.
      if (out_->size() >= 2 && (*out_)[out_->size() - 2].kind == TokenKind::kClitic &&
          out_->back().kind == TokenKind::kPunct && (t.flags & kGlued)) {
        t.flags |= kAfterClitic;
      }
    }
    if (kind == TokenKind::kWord) Stem(two_byte, &t);
    out_->push_back(t);
    space_ = false;
    newlines_ = 0;
  }

 private:
  // SegmentClitics(w) and LightStem(w) in one pass; a word with letters outside the Arabic
  // block has neither clitics nor stem, as those functions say.
  void Stem(bool two_byte, Token* t) const {
    if (!two_byte) return;
    const std::string_view w = TokenText(norm_, *t);
    CliticSplit split;
    const std::string_view stem = internal::SegmentAndStem(w, &split);
    t->prefix_len = split.prefix_len;
    t->suffix_len = split.suffix_len;
    t->sbegin = t->nbegin + static_cast<uint32_t>(stem.data() - w.data());
    t->send = t->sbegin + static_cast<uint32_t>(stem.size());
    uint8_t cuts[kMaxTokenCuts];
    const int n = ProcliticCuts(w, cuts, kMaxTokenCuts);
    for (int i = 1; i < n && i < kMaxTokenCuts; ++i) t->cuts[i - 1] = cuts[i];
  }

  const NormalizedText& norm_;
  std::vector<Token>* out_;
  bool space_ = false;
  int newlines_ = 0;
};

bool IsCliticLetter(std::string_view w) {
  return w == "و" || w == "ف" || w == "ب" || w == "ل" || w == "ك";
}

}  // namespace

void Tokenize(const NormalizedText& norm, std::vector<Token>* out) {
  out->clear();
  out->reserve(norm.text.size() / 5);
  const std::string_view s = norm.text;
  TokenWriter w(norm, out);
  size_t i = 0;
  while (i < s.size()) {
    // The space between words and the Arabic word are most of the steps: they are tested
    // first, as branches the predictor learns, before the jump through the switch.
    if (s[i] == ' ') {
      w.Gap(Cls::kSpace);
      ++i;
      continue;
    }
    uint32_t len;
    const Cls c = Classify(s, i, &len);
    if (c == Cls::kArabic) {
      bool two_byte;
      const size_t j = ArabicWordEnd(s, i, len, &two_byte);
      const std::string_view word = s.substr(i, j - i);
      // A lone proclitic letter cut off by kashida, quote or space: «لـ"قسد"», «لـ قوات».
      const bool clitic = IsCliticLetter(word) && j < s.size() &&
                          (s[j] == '"' || s[j] == '\'' || s[j] == ' ' || s[j] == '(');
      w.Emit(clitic ? TokenKind::kClitic : TokenKind::kWord, i, j, two_byte);
      i = j;
      continue;
    }
    switch (c) {
      case Cls::kSpace:
      case Cls::kNewline:
        w.Gap(c);
        i += len;
        break;
      case Cls::kArabic:  // taken above
        break;
      case Cls::kDigit: {
        // 3800, 3,800, 3.5, 27.02.2019: separators stay inside when a digit follows.
        size_t j = i + 1;
        while (j < s.size()) {
          if (s[j] >= '0' && s[j] <= '9') {
            ++j;
          } else if ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() && s[j + 1] >= '0' &&
                     s[j + 1] <= '9') {
            j += 2;
          } else {
            break;
          }
        }
        w.Emit(TokenKind::kNumber, i, j);
        i = j;
        break;
      }
      case Cls::kLatin: {
        if (StartsWith(s, i, "http://") || StartsWith(s, i, "https://") || StartsWith(s, i, "www.")) {
          const size_t j = UrlEnd(s, i);
          w.Emit(TokenKind::kUrl, i, j);
          i = j;
          break;
        }
        size_t j = i + len;
        while (j < s.size()) {
          const Cls k = Classify(s, j, &len);
          if (k == Cls::kLatin || k == Cls::kDigit) {
            j += len;
          } else if ((s[j] == '\'' || s[j] == '-' || s[j] == '.') && j + 1 < s.size() &&
                     Classify(s, j + 1, &len) == Cls::kLatin && s[j] != '.') {
            j += 1;  // O'Brien, ez-Zor
          } else {
            break;
          }
        }
        w.Emit(TokenKind::kLatin, i, j);
        i = j;
        break;
      }
      case Cls::kPunct: {
        const char p = s[i];
        if ((p == '#' || p == '@') && i + 1 < s.size()) {
          size_t j = i + 1;
          while (j < s.size()) {
            const Cls k = Classify(s, j, &len);
            if (k != Cls::kArabic && k != Cls::kLatin && k != Cls::kDigit) break;
            j += len;
          }
          if (j > i + 1) {
            w.Emit(p == '#' ? TokenKind::kHashtag : TokenKind::kHandle, i, j);
            i = j;
            break;
          }
        }
        // Runs of the same ASCII mark are one token: «..», «!!», «---».
        size_t j = i + len;
        if (len == 1) {
          while (j < s.size() && s[j] == p) ++j;
        }
        w.Emit(TokenKind::kPunct, i, j);
        i = j;
        break;
      }
      case Cls::kOther:
        w.Emit(TokenKind::kSymbol, i, i + len);
        i += len;
        break;
    }
  }
}

namespace {

bool IsTerminal(std::string_view p) {
  return p == "." || p == "!" || p == "?" || p == "!!" || p == "??" || p == "?!" || p == "!?";
}

// A full stop after these does not end a sentence: «د.» (doctor), «م.» (engineer / AD), Latin
// initials, "Mr.", "U.S.".
bool IsAbbreviation(const NormalizedText& norm, const Token& t) {
  const std::string_view w = TokenText(norm, t);
  if (t.kind == TokenKind::kWord || t.kind == TokenKind::kClitic) return CountCodePoints(w) == 1;
  if (t.kind == TokenKind::kLatin) {
    return w.size() == 1 || w == "mr" || w == "mrs" || w == "dr" || w == "st" || w == "jr" ||
           w == "no" || w == "vs" || w == "etc";
  }
  return false;
}

// A word of at most two letters: one spelled letter of an abbreviation («إس», «أو», «ف»).
bool ShortWord(const NormalizedText& norm, const Token& t) {
  return (t.kind == TokenKind::kWord || t.kind == TokenKind::kLatin) &&
         CountCodePoints(TokenText(norm, t)) <= 2;
}

}  // namespace

void SplitSentences(const NormalizedText& norm, const std::vector<Token>& tokens,
                    std::vector<Sentence>* out) {
  out->clear();
  const auto n = static_cast<uint32_t>(tokens.size());
  uint32_t first = 0;
  auto close = [&](uint32_t last) {
    if (last > first) {
      out->push_back(Sentence{first, last, tokens[first].begin, tokens[last - 1].end});
    }
    first = last;
  };
  for (uint32_t i = 0; i < n; ++i) {
    if (i > first && tokens[i].is(kLineBefore)) close(i);
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kPunct) continue;
    const std::string_view p = TokenText(norm, t);
    bool end = IsTerminal(p);
    if (p == "." && i > 0 && IsAbbreviation(norm, tokens[i - 1]) && tokens[i].is(kGlued)) {
      end = false;
    }
    // «إس.أو.إس», «أ.ف.ب»: a dot between short words written without spaces spells letters.
    if (p == "." && i > 0 && i + 1 < n && tokens[i].is(kGlued) && tokens[i + 1].is(kGlued) &&
        ShortWord(norm, tokens[i - 1]) && ShortWord(norm, tokens[i + 1])) {
      end = false;
    }
    if (p == "..." || p == "..") end = false;  // a pause: «بالفيديو.. عناصر»
    if (!end) continue;
    // Closing quotes and brackets right after the mark belong to this sentence.
    uint32_t j = i + 1;
    while (j < n && tokens[j].kind == TokenKind::kPunct && tokens[j].is(kGlued) &&
           !tokens[j].is(kLineBefore)) {
      const std::string_view q = TokenText(norm, tokens[j]);
      if (q != "\"" && q != ")" && q != "'" && q != "]") break;
      ++j;
    }
    close(j);
    i = j - 1;
  }
  close(n);
}

}  // namespace isnad
