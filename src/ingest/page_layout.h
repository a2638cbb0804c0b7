// PageLayout: reads the structure of a news page from its text, as a reader would — the
// section label above the title («ملفات وتقارير»), the title, captions, the byline and the
// dateline, the body, «اقرأ أيضا» links, the source credit «المصدر : الجزيرة», and the reader
// comment section with everything after it — and from that the outlet (credit line, byline,
// self-references such as «في حديثه لـ"عربي21"») and the publication time.
//
// Works on plain-text page scrapes and on the text extracted from HTML; the patterns of page
// furniture are data (data/page/furniture.tsv). Facts already known from metadata (a JSON
// Lines `outlet` field, an HTML meta tag) are kept: the text only fills what is missing.
// Thread-safety: immutable after Load(); Analyze() is const.
#ifndef ISNAD_INGEST_PAGE_LAYOUT_H_
#define ISNAD_INGEST_PAGE_LAYOUT_H_

#include <filesystem>
#include <string>
#include <vector>

#include "ingest/outlets.h"
#include "tokenize/tokenizer.h"
#include "isnad/document.h"
#include "isnad/status.h"

namespace isnad {

class PageLayout {
 public:
  enum class Marker : uint8_t { kSectionLabel, kComments, kRelated, kRelatedBlock, kFurniture, kCredit };

  static Result<PageLayout> Load(const std::filesystem::path& furniture_tsv);

  // Fills doc->zones, title, outlet, published and language from doc->text.
  void Analyze(const OutletDirectory& outlets, Document* doc) const;
  // The same over doc->text already kMatch-normalized and tokenized (TextLayers::Build), so a
  // pipeline that needs those layers anyway computes them once.
  void Analyze(const OutletDirectory& outlets, const NormalizedText& norm,
               const std::vector<Token>& tokens, Document* doc) const;

  struct Pattern {
    std::string text;  // kMatch-normalized
    bool prefix = false;
    Marker marker = Marker::kFurniture;
  };

 private:
  const Pattern* Lookup(std::string_view normalized_line) const;
  std::vector<Pattern> patterns_;
};

}  // namespace isnad

#endif  // ISNAD_INGEST_PAGE_LAYOUT_H_
