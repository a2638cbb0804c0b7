#include "normalize/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>

#include <array>

#include "base/utf8.h"

namespace isnad {
namespace {

// What kMatch does to one code point of the Arabic block U+0600..U+06FF.
// len 0 = drop; kKeep = copy the input bytes; otherwise the replacement bytes.
struct Fold {
  uint8_t len;
  char bytes[3];
};
constexpr uint8_t kKeep = 0xFF;

constexpr Fold Ascii(char c) { return Fold{1, {c, 0, 0}}; }
constexpr Fold Arabic(char32_t c) {  // two-byte UTF-8 for U+0600..U+06FF
  return Fold{2, {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F)), 0}};
}

constexpr std::array<Fold, 256> MakeArabicTable(bool search) {
  std::array<Fold, 256> t{};
  for (auto& f : t) f = Fold{kKeep, {0, 0, 0}};
  // Tashkeel and other marks: fathatan..sukun, maddah/hamza marks, subscript alef etc.
  for (char32_t c = 0x064B; c <= 0x065F; ++c) t[c - 0x600] = Fold{0, {0, 0, 0}};
  t[0x0670 - 0x600] = Fold{0, {0, 0, 0}};  // superscript (dagger) alef: "هٰذا" -> "هذا"
  for (char32_t c = 0x0610; c <= 0x061A; ++c) t[c - 0x600] = Fold{0, {0, 0, 0}};  // honorifics
  for (char32_t c = 0x06D6; c <= 0x06ED; ++c) t[c - 0x600] = Fold{0, {0, 0, 0}};  // Quranic
  t[0x06DE - 0x600] = Fold{kKeep, {0, 0, 0}};  // rub el hizb is a symbol, not a mark
  t[0x06E9 - 0x600] = Fold{kKeep, {0, 0, 0}};
  t[0x0640 - 0x600] = Fold{0, {0, 0, 0}};  // tatweel: "الـمقاتلين" -> "المقاتلين"
  t[0x061C - 0x600] = Fold{0, {0, 0, 0}};  // Arabic letter mark (bidi)
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
  return t;
}

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

// Appends normalized bytes, each remembering where in the input it came from.
class Emitter {
 public:
  explicit Emitter(NormalizedText* out) : out_(out) {}
  void Bytes(const char* p, uint32_t n, uint32_t origin) {
    out_->text.append(p, n);
    out_->origin.insert(out_->origin.end(), n, origin);
  }
  void Byte(char c, uint32_t origin) {
    out_->text.push_back(c);
    out_->origin.push_back(origin);
  }
  void CodePoint(char32_t c, uint32_t origin) {
    const size_t before = out_->text.size();
    AppendUtf8(c, &out_->text);
    out_->origin.insert(out_->origin.end(), out_->text.size() - before, origin);
  }

 private:
  NormalizedText* out_;
};

class Folder {
 public:
  Folder(NormLevel level, const icu::Normalizer2* nfkc)
      : level_(level), nfkc_(nfkc),
        table_(level == NormLevel::kSearch ? &kSearchTable : &kMatchTable) {}

  // Folds one non-ASCII code point whose input bytes are `bytes`.
  void Apply(char32_t c, std::string_view bytes, uint32_t origin, Emitter* emit) const {
    if (IsZeroWidthOrBidi(c)) return;
    if (IsExoticSpace(c)) return emit->Byte(' ', origin);
    if (level_ == NormLevel::kDisplay) {
      return emit->Bytes(bytes.data(), static_cast<uint32_t>(bytes.size()), origin);
    }
    if (c >= 0x0600 && c <= 0x06FF) {
      const Fold& f = (*table_)[c - 0x600];
      if (f.len == kKeep) return emit->Bytes(bytes.data(), static_cast<uint32_t>(bytes.size()), origin);
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
    icu::UnicodeString d;
    if (nfkc_ == nullptr || !nfkc_->getDecomposition(static_cast<UChar32>(c), d)) {
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
  const icu::Normalizer2* nfkc_;
  const std::array<Fold, 256>* table_;
};

// Lower-cases ASCII for kMatch and kSearch; kDisplay copies it.
constexpr std::array<char, 128> MakeAsciiTable(bool lower) {
  std::array<char, 128> t{};
  for (int i = 0; i < 128; ++i) {
    t[i] = static_cast<char>((lower && i >= 'A' && i <= 'Z') ? i + 32 : i);
  }
  return t;
}
constexpr std::array<char, 128> kAsciiKeep = MakeAsciiTable(false);
constexpr std::array<char, 128> kAsciiLower = MakeAsciiTable(true);

// Most Arabic news is NFC already; only text with combining marks that can compose (hamza
// above/below and madda after alef, waw or yeh; Latin accents) needs ICU's full pass.
bool MayNeedNfc(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b0 == 0xD9 && b1 >= 0x93 && b1 <= 0x95) return true;  // U+0653..U+0655
    if (b0 == 0xCC || (b0 == 0xCD && b1 < 0xB0)) return true;   // U+0300..U+036F
  }
  return false;
}

}  // namespace

Normalizer::Normalizer(NormLevel level) : level_(level) {}

void Normalizer::Normalize(std::string_view in, NormalizedText* out) const {
  out->Clear();
  out->text.reserve(in.size());
  out->origin.reserve(in.size() + 1);

  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(ec);
  if (U_FAILURE(ec)) nfkc = nullptr;

  // Rare path: compose to NFC first and remember where each composed byte came from.
  std::string composed;
  std::vector<uint32_t> base;
  std::string_view src = in;
  if (MayNeedNfc(in)) {
    ec = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
    const icu::StringPiece piece(in.data(), static_cast<int32_t>(in.size()));
    if (U_SUCCESS(ec) && !nfc->isNormalizedUTF8(piece, ec) && U_SUCCESS(ec)) {
      icu::Edits edits;
      icu::StringByteSink<std::string> sink(&composed);
      nfc->normalizeUTF8(0, piece, sink, &edits, ec);
      if (U_SUCCESS(ec)) {
        base.assign(composed.size() + 1, static_cast<uint32_t>(in.size()));
        auto it = edits.getFineIterator();
        while (it.next(ec)) {
          const auto dst = static_cast<uint32_t>(it.destinationIndex());
          const auto srci = static_cast<uint32_t>(it.sourceIndex());
          for (int32_t k = 0; k < it.newLength(); ++k) {
            base[dst + k] = it.hasChange() ? srci : srci + static_cast<uint32_t>(k);
          }
        }
        src = composed;
      } else {
        composed.clear();
      }
    }
  }
  const bool mapped = !base.empty();

  Emitter emit(out);
  Folder folder(level_, nfkc);
  const auto& ascii = level_ == NormLevel::kDisplay ? kAsciiKeep : kAsciiLower;
  for (size_t i = 0; i < src.size();) {
    const auto b = static_cast<unsigned char>(src[i]);
    const auto origin = static_cast<uint32_t>(mapped ? base[i] : i);
    if (b < 0x80) {
      emit.Byte(ascii[b], origin);
      ++i;
      continue;
    }
    char32_t c;
    const uint32_t len = DecodeUtf8(src, i, &c);
    if (c == 0xFFFD && len == 1) {
      emit.Bytes("\xEF\xBF\xBD", 3, origin);  // keep damaged bytes visible, not silently gone
    } else {
      folder.Apply(c, src.substr(i, len), origin, &emit);
    }
    i += len;
  }
  out->origin.push_back(static_cast<uint32_t>(in.size()));
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
