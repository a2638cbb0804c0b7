#include "normalize/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "base/utf8.h"

namespace isnad {
namespace {

// What one level does to one code point of the Arabic block U+0600..U+06FF: the bytes to
// write (len 0 = drop). Every entry is spelled out, kept letters included, so the hot loop can
// store both bytes and advance by `len` without a branch. `nfc` marks the combining hamza and
// madda U+0653..U+0655, which may compose with the letter before («ا» + U+0654 = «أ»): their
// presence is what sends a text through ICU's NFC pass (see Normalizer::Normalize).
struct Fold {
  uint8_t len;
  char bytes[2];
  uint8_t nfc;
};

constexpr Fold Ascii(char c) { return Fold{1, {c, 0}, 0}; }
constexpr Fold Arabic(char32_t c) {  // two-byte UTF-8 for U+0600..U+06FF
  return Fold{2, {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))}, 0};
}
constexpr Fold kDrop = Fold{0, {0, 0}, 0};

// kDisplay keeps the block as it is but for the Arabic letter mark U+061C, a bidi control.
constexpr std::array<Fold, 256> MakeDisplayTable() {
  std::array<Fold, 256> t{};
  for (char32_t c = 0x0600; c <= 0x06FF; ++c) t[c - 0x600] = Arabic(c);
  t[0x061C - 0x600] = kDrop;
  for (char32_t c = 0x0653; c <= 0x0655; ++c) t[c - 0x600].nfc = 1;
  return t;
}

constexpr std::array<Fold, 256> MakeArabicTable(bool search) {
  std::array<Fold, 256> t{};
  for (char32_t c = 0x0600; c <= 0x06FF; ++c) t[c - 0x600] = Arabic(c);
  // Tashkeel and other marks: fathatan..sukun, maddah/hamza marks, subscript alef etc.
  for (char32_t c = 0x064B; c <= 0x065F; ++c) t[c - 0x600] = kDrop;
  t[0x0670 - 0x600] = kDrop;  // superscript (dagger) alef: "هٰذا" -> "هذا"
  for (char32_t c = 0x0610; c <= 0x061A; ++c) t[c - 0x600] = kDrop;  // honorifics
  for (char32_t c = 0x06D6; c <= 0x06ED; ++c) t[c - 0x600] = kDrop;  // Quranic
  t[0x06DE - 0x600] = Arabic(0x06DE);  // rub el hizb is a symbol, not a mark
  t[0x06E9 - 0x600] = Arabic(0x06E9);
  t[0x0640 - 0x600] = kDrop;  // tatweel: "الـمقاتلين" -> "المقاتلين"
  t[0x061C - 0x600] = kDrop;  // Arabic letter mark (bidi)
  // Alef forms: أ إ آ ٱ and wavy hamza forms -> ا
  for (char32_t c : {0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673}) t[c - 0x600] = Arabic(0x0627);
  t[0x0649 - 0x600] = Arabic(0x064A);  // alef maqsura ى -> ي
  t[0x0629 - 0x600] = Arabic(0x0647);  // ta marbuta ة -> ه
  t[0x06CC - 0x600] = Arabic(0x064A);  // Farsi yeh ی
  t[0x06D2 - 0x600] = Arabic(0x064A);  // yeh barree ے
  t[0x06A9 - 0x600] = Arabic(0x0643);  // keheh ک
  t[0x06AA - 0x600] = Arabic(0x0643);
  t[0x06C0 - 0x600] = Arabic(0x0647);  // heh with yeh above ۀ
  t[0x06C1 - 0x600] = Arabic(0x0647);  // heh goal ہ
  t[0x06D5 - 0x600] = Arabic(0x0647);  // ae ە
  t[0x06BE - 0x600] = Arabic(0x0647);  // heh doachashmee ھ
  for (char32_t c = 0; c < 10; ++c) {
    t[0x0660 + c - 0x600] = Ascii(static_cast<char>('0' + c));  // Arabic-Indic ٠..٩
    t[0x06F0 + c - 0x600] = Ascii(static_cast<char>('0' + c));  // Extended ۰..۹
  }
  t[0x060C - 0x600] = Ascii(',');  // ،
  t[0x061B - 0x600] = Ascii(';');  // ؛
  t[0x061F - 0x600] = Ascii('?');  // ؟
  t[0x066A - 0x600] = Ascii('%');  // ٪
  t[0x066B - 0x600] = Ascii('.');  // ٫ decimal separator: "٣٫٥" -> "3.5"
  t[0x066C - 0x600] = Ascii(',');  // ٬ thousands separator
  t[0x06D4 - 0x600] = Ascii('.');  // Urdu full stop
  if (search) {
    t[0x0624 - 0x600] = Arabic(0x0648);  // ؤ -> و
    t[0x0626 - 0x600] = Arabic(0x064A);  // ئ -> ي
  }
  for (char32_t c = 0x0653; c <= 0x0655; ++c) t[c - 0x600].nfc = 1;
  return t;
}

constexpr std::array<Fold, 256> kDisplayTable = MakeDisplayTable();
constexpr std::array<Fold, 256> kMatchTable = MakeArabicTable(false);
constexpr std::array<Fold, 256> kSearchTable = MakeArabicTable(true);

bool IsZeroWidthOrBidi(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x061C || c == 0x00AD ||
         c == 0x2060;
}

bool IsExoticSpace(char32_t c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0x1680;
}

// Output bytes and their origins, written by index into NormalizedText's buffers, which are
// sized up front (input size + kSlack) and cut to length at the end: no append, no
// per-character capacity check on the hot path.
//
// Invariant kept between steps of the main loop: room() >= bytes of input left + kSlack. The
// fast paths write no more bytes than they read (a letter folds to at most its two bytes;
// ASCII maps one to one), so they never check; the rare paths that may grow the text (U+FFFD
// for a bad byte, "..." for «…», presentation forms that decompose, «ﷺ» into 33 bytes)
// reserve what they write and the loop restores the invariant after them.
class Emitter {
 public:
  // Extra bytes past the input's size: the ASCII path stores eight bytes at once.
  static constexpr size_t kSlack = 16;

  explicit Emitter(NormalizedText* out) : out_(out) {}

  void Start(size_t input_size) {
    pos_ = 0;
    Resize(input_size + kSlack);
  }
  // Cuts both buffers to the bytes written; origin gets one more entry, `end`.
  void Finish(uint32_t end) {
    out_->text.resize(pos_);
    out_->origin.resize(pos_ + 1);
    out_->origin[pos_] = end;
  }
  void Reserve(size_t n) {
    if (cap_ - pos_ < n) Resize(std::max(pos_ + n, 2 * cap_));
  }

  void Bytes(const char* p, uint32_t n, uint32_t origin) {
    Reserve(n);
    std::memcpy(text_ + pos_, p, n);
    std::fill_n(origin_ + pos_, n, origin);
    pos_ += n;
  }
  void Byte(char c, uint32_t origin) { Bytes(&c, 1, origin); }
  void CodePoint(char32_t c, uint32_t origin) {
    std::string utf8;  // at most four bytes: the small-string buffer, no allocation
    AppendUtf8(c, &utf8);
    Bytes(utf8.data(), static_cast<uint32_t>(utf8.size()), origin);
  }

  // The main loop keeps the cursor in locals (a store through char* could alias a member and
  // force a reload after every byte) and hands it over around the rare paths.
  char* text() const { return text_; }
  uint32_t* origin() const { return origin_; }
  size_t pos() const { return pos_; }
  void set_pos(size_t pos) { pos_ = pos; }

 private:
  void Resize(size_t n) {
    out_->text.resize(n);
    out_->origin.resize(n);
    text_ = out_->text.data();
    origin_ = out_->origin.data();
    cap_ = n;
  }

  NormalizedText* out_;
  char* text_ = nullptr;
  uint32_t* origin_ = nullptr;
  size_t pos_ = 0;
  size_t cap_ = 0;
};

class Folder {
 public:
  explicit Folder(NormLevel level)
      : level_(level), table_(level == NormLevel::kSearch ? &kSearchTable : &kMatchTable) {}

  // Folds one non-ASCII code point whose input bytes are `bytes`.
  void Apply(char32_t c, std::string_view bytes, uint32_t origin, Emitter* emit) const {
    if (IsZeroWidthOrBidi(c)) return;
    if (IsExoticSpace(c)) return emit->Byte(' ', origin);
    if (level_ == NormLevel::kDisplay) {
      return emit->Bytes(bytes.data(), static_cast<uint32_t>(bytes.size()), origin);
    }
    if (c >= 0x0600 && c <= 0x06FF) {
      const Fold& f = (*table_)[c - 0x600];
      return emit->Bytes(f.bytes, f.len, origin);
    }
    switch (c) {
      case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x201F:
      case 0x2033: case 0x300C: case 0x300D: case 0xFF02:
        return emit->Byte('"', origin);  // « » “ ” „ ″ -> "
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
        return emit->Byte('\'', origin);
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
      case 0x2212:
        return emit->Byte('-', origin);
      case 0x2026:
        return emit->Bytes("...", 3, origin);
      default:
        break;
    }
    if ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC)) {
      return Decompose(c, origin, emit);  // presentation forms: "ﻻ" -> "لا"
    }
    emit->Bytes(bytes.data(), static_cast<uint32_t>(bytes.size()), origin);
  }

 private:
  void Decompose(char32_t c, uint32_t origin, Emitter* emit) const {
    UErrorCode ec = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
    icu::UnicodeString d;
    if (U_FAILURE(ec) || !nfkc->getDecomposition(static_cast<UChar32>(c), d)) {
      return emit->CodePoint(c, origin);
    }
    std::string utf8;
    d.toUTF8String(utf8);
    for (size_t j = 0; j < utf8.size();) {
      char32_t inner;
      const uint32_t len = DecodeUtf8(utf8, j, &inner);
      if (inner < 0x80) {
        emit->Byte(static_cast<char>(inner), origin);
      } else if (inner >= 0xFB50) {
        emit->CodePoint(inner, origin);  // no second round: NFKC is already final
      } else {
        Apply(inner, std::string_view(utf8).substr(j, len), origin, emit);
      }
      j += len;
    }
  }

  NormLevel level_;
  const std::array<Fold, 256>* table_;
};

// Lower-cases ASCII for kMatch and kSearch, one byte (the tail of a text).
constexpr std::array<unsigned char, 128> MakeAsciiLower() {
  std::array<unsigned char, 128> t{};
  for (int i = 0; i < 128; ++i) t[i] = static_cast<unsigned char>(i >= 'A' && i <= 'Z' ? i + 32 : i);
  return t;
}
constexpr std::array<unsigned char, 128> kAsciiLower = MakeAsciiLower();

// ASCII upper case to lower case, eight bytes at a time. REQUIRES: every byte < 0x80 in the
// lanes that matter (others come out as garbage, never carrying into a neighbour).
inline uint64_t LowerAscii8(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  const uint64_t h = w & (0x7F * kOnes);
  const uint64_t ge_a = h + (0x80 - 'A') * kOnes;  // high bit set where byte >= 'A'
  const uint64_t gt_z = h + (0x7F - 'Z') * kOnes;  // high bit set where byte > 'Z'
  const uint64_t upper = ge_a & ~gt_z & (0x80 * kOnes);
  return w | (upper >> 2);  // 0x80 >> 2 = 0x20, the case bit
}

// Composes `in` to NFC into *composed and sets base[k] to the input offset of composed byte k
// (base[composed.size()] = in.size()). False when ICU fails or `in` is NFC already.
bool ComposeNfc(std::string_view in, std::string* composed, std::vector<uint32_t>* base) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  const icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
  if (U_FAILURE(ec) || nfc->isNormalizedUTF8(piece, ec) || U_FAILURE(ec)) return false;
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(composed);
  nfc->normalizeUTF8(0, piece, sink, &edits, ec);
  if (U_FAILURE(ec)) return false;
  base->assign(composed->size() + 1, static_cast<uint32_t>(in.size()));
  auto it = edits.getFineIterator();
  while (it.next(ec)) {
    const auto dst = static_cast<uint32_t>(it.destinationIndex());
    const auto srci = static_cast<uint32_t>(it.sourceIndex());
    for (int32_t k = 0; k < it.newLength(); ++k) {
      (*base)[dst + k] = it.hasChange() ? srci : srci + static_cast<uint32_t>(k);
    }
  }
  return true;
}

// Folds `src` into `emit` (origins are offsets into `src`). Returns true when `src` holds a
// byte pair that may need NFC composition: D9 93..95 (combining madda, hamza above and below:
// «ا» + U+0654 is «أ») or CC xx / CD <B0 (U+0300..U+036F, Latin accents); the caller then asks
// ICU. Every byte that is not a continuation byte starts exactly one step of the loop, so
// checking at step starts sees every such pair.
//
// The loop is a small state machine on the lead byte; the three branches in order of
// frequency in Arabic news:
//   D8..DB + continuation   the Arabic block U+0600..U+06FF, one table lookup: «أ» -> «ا»,
//                           «ـ» and «َ» dropped, «٣» -> '3'. Two bytes stored whatever the
//                           length, the cursor advanced by the folded length.
//   < 0x80                  ASCII, up to eight bytes at once while no byte has its high bit
//                           set: a space between words, digits, Latin and URLs.
//   anything else           decode, then Folder::Apply (quotes, dashes, spaces, zero-width,
//                           presentation forms) or U+FFFD for a bad byte.
bool FoldText(std::string_view src, NormLevel level, Emitter* emit) {
  const std::array<Fold, 256>& table = level == NormLevel::kDisplay  ? kDisplayTable
                                       : level == NormLevel::kSearch ? kSearchTable
                                                                     : kMatchTable;
  const bool lower = level != NormLevel::kDisplay;
  const Folder folder(level);
  const auto* s = reinterpret_cast<const unsigned char*>(src.data());
  const size_t n = src.size();
  emit->Start(n);
  char* text = emit->text();
  uint32_t* origin = emit->origin();
  size_t pos = 0;
  uint8_t nfc = 0;
  size_t i = 0;
  while (i < n) {
    const unsigned char b = s[i];
    const auto at = static_cast<uint32_t>(i);
    if ((b & 0xFC) == 0xD8 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      const Fold& f = table[((b & 0x03u) << 6) | (s[i + 1] & 0x3Fu)];
      text[pos] = f.bytes[0];
      text[pos + 1] = f.bytes[1];
      origin[pos] = at;
      origin[pos + 1] = at;
      pos += f.len;
      nfc |= f.nfc;
      i += 2;
      continue;
    }
    if (b < 0x80) {
      if (i + 8 > n) {
        text[pos++] = static_cast<char>(lower ? kAsciiLower[b] : b);
        origin[pos - 1] = at;
        ++i;
        continue;
      }
      uint64_t w;
      std::memcpy(&w, s + i, 8);
      const uint64_t high = w & 0x8080808080808080ULL;
      const size_t k = high == 0 ? 8 : static_cast<size_t>(__builtin_ctzll(high)) / 8;
      if (lower) w = LowerAscii8(w);
      std::memcpy(text + pos, &w, 8);  // all eight stored, k kept: room is >= 8 + kSlack
      for (uint32_t j = 0; j < 8; ++j) origin[pos + j] = at + j;
      pos += k;
      i += k;
      continue;
    }
    // Rare: everything outside the Arabic block and ASCII.
    if (i + 1 < n && (b == 0xCC || (b == 0xCD && s[i + 1] < 0xB0))) nfc = 1;
    char32_t c;
    const uint32_t len = DecodeUtf8(src, i, &c);
    emit->set_pos(pos);
    if (c == 0xFFFD && len == 1) {
      emit->Bytes("\xEF\xBF\xBD", 3, at);  // keep damaged bytes visible, not silently gone
    } else {
      folder.Apply(c, src.substr(i, len), at, emit);
    }
    i += len;
    emit->Reserve(n - i + Emitter::kSlack);
    text = emit->text();
    origin = emit->origin();
    pos = emit->pos();
  }
  emit->set_pos(pos);
  return nfc != 0;
}

}  // namespace

Normalizer::Normalizer(NormLevel level) : level_(level) {}

// Most Arabic news is NFC already; only text with combining marks that can compose (hamza
// above/below and madda after alef, waw or yeh; Latin accents) needs ICU's full pass. FoldText
// notices such marks on its way; only then is the text checked, composed and folded again, and
// the origins (offsets into the composed text) mapped back to the input.
void Normalizer::Normalize(std::string_view in, NormalizedText* out) const {
  out->Clear();
  Emitter emit(out);
  if (FoldText(in, level_, &emit)) {
    std::string composed;
    std::vector<uint32_t> base;
    if (ComposeNfc(in, &composed, &base)) {
      FoldText(composed, level_, &emit);
      for (size_t k = 0; k < emit.pos(); ++k) emit.origin()[k] = base[emit.origin()[k]];
    }
  }
  emit.Finish(static_cast<uint32_t>(in.size()));
}

std::string Normalizer::Fold(std::string_view in) const {
  NormalizedText out;
  Normalize(in, &out);
  return std::move(out.text);
}

bool IsArabicLetter(char32_t c) {
  return (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A) ||
         (c >= 0x066E && c <= 0x06D3 && c != 0x06D4) || (c >= 0x06FA && c <= 0x06FF) ||
         (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08C9);
}

}  // namespace isnad
