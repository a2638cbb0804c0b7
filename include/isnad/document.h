// Document: one news report as isnad reads it — the bytes exactly as read, the text analysed,
// and what the reader found about the report itself (title, outlet, publication time,
// language) with the zones of the page (title, byline, body, captions, reader comments,
// furniture such as «الأكثر قراءة»). Every span is a byte range of `text`; ToInput() maps it
// to the input as read (identical for plain text and JSON Lines; for HTML, into the markup).
// Later stages read only body, title and caption zones, so reader comments never become the
// outlet's reporting.
// Thread-safety: a plain value.
#ifndef ISNAD_DOCUMENT_H_
#define ISNAD_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace isnad {

struct Span {
  uint32_t start = 0;  // bytes, end exclusive
  uint32_t end = 0;
  bool empty() const { return end <= start; }
};

enum class ZoneKind : uint8_t {
  kTitle,
  kSectionLabel,  // «ملفات وتقارير» above a title
  kByline,        // «الجزيرة نت-خاص», «تلفزيون سوريا - متابعات», «لندن: رنيم حنوش»
  kDateline,      // «تاريخ النشر: 27.02.2019 | 14:02 دمشق»
  kCaption,       // photo captions and credits
  kBody,
  kRelated,       // «اقرأ أيضا: …», «مقالات مقترحة» and their links
  kCredit,        // «المصدر : الجزيرة»
  kComments,      // the reader comment section, its names and dates
  kFurniture,     // share buttons, «الأكثر قراءة», emoji menus, repeated titles
};
const char* ZoneKindName(ZoneKind k);

struct Zone {
  ZoneKind kind = ZoneKind::kBody;
  Span span;
};

// Where a fact about the document came from, for users who must check it.
enum class Basis : uint8_t {
  kMetadata,       // given by the input (JSON Lines field, HTML meta tag)
  kCreditLine,     // «المصدر : الجزيرة»
  kByline,
  kSelfReference,  // «في حديثه لـ"عربي21"», «علمت "أورينت نت"»
  kUrl,            // the domain of the page's address
  kDateline,
  kComment,        // earliest reader-comment time: the report is no later than this
};
const char* BasisName(Basis b);

struct OutletRef {
  std::string id;
  std::string name;
  Basis basis = Basis::kMetadata;
  std::optional<Span> evidence;
};

struct PublicationTime {
  int year = 0, month = 0, day = 0;
  std::optional<int> hour, minute, second;
  std::optional<int> utc_offset_minutes;  // known when the page states a zone
  Basis basis = Basis::kMetadata;
  bool upper_bound = false;  // only "no later than" is known (basis kComment)
  std::optional<Span> evidence;

  // "2019-02-27T14:02:00+02:00", "2019-02-27T14:02:00", or "2019-02-27".
  std::string ToIso() const;
};

struct Diagnostic {
  std::string message;
  std::optional<Span> span;
};

enum class InputFormat : uint8_t { kText, kHtml, kJsonl };

struct Document {
  std::string id;                   // content hash of `input`, 32 hex digits
  std::optional<std::string> path;  // "file.txt", "file.jsonl:12", or null for stdin
  std::optional<std::string> url;
  InputFormat format = InputFormat::kText;

  std::string input;                // bytes exactly as read (JSON Lines: the decoded text/html field)
  std::string text;                 // what is analysed; equals `input` unless format is kHtml
  std::vector<uint32_t> input_of;   // kHtml only: input offset of text[i]; size text.size()+1

  std::string title;
  std::optional<Span> title_span;
  std::optional<OutletRef> outlet;
  std::optional<PublicationTime> published;
  std::string language;             // ISO 639-1 ("ar"), or "und"
  std::vector<Zone> zones;          // ordered, non-overlapping, in `text` coordinates
  std::vector<Diagnostic> diagnostics;

  // Maps a span of `text` to the bytes of `input` it came from.
  Span ToInput(Span s) const {
    if (input_of.empty()) return s;
    return Span{input_of[s.start], input_of[s.end]};
  }
  std::string_view InputBytes(Span s) const {
    const Span in = ToInput(s);
    return std::string_view(input).substr(in.start, in.end - in.start);
  }
  std::string_view TextOf(Span s) const {
    return std::string_view(text).substr(s.start, s.end - s.start);
  }
  // True when [s.start, s.end) lies in a zone whose text is the outlet's own reporting.
  bool IsReporting(Span s) const;
};

}  // namespace isnad

#endif  // ISNAD_DOCUMENT_H_
