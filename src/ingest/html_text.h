// HTML pages: parsed with gumbo (a full HTML5 parser, tolerant of truncated markup), reduced to
// the visible text of the article with block boundaries as line breaks, and a map from every
// byte of that text back to the byte of the page it came from. Navigation, scripts, share
// bars, sidebars and reader comment sections are left out. Metadata read on the way: the
// title (og:title, <h1>, <title>), the publication time (article:published_time,
// itemprop=datePublished, <time datetime>, JSON-LD datePublished), the site name and address.
#ifndef ISNAD_INGEST_HTML_TEXT_H_
#define ISNAD_INGEST_HTML_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace isnad {

struct HtmlExtract {
  std::string text;
  std::vector<uint32_t> input_of;  // input byte of text[i]; size text.size()+1
  std::string title;
  std::string published;           // as written in the page
  std::string site_name;
  std::string url;
  std::string lang;                // <html lang>
};

HtmlExtract ExtractHtml(std::string_view html);

// Cheap sniffing: does this look like markup rather than a text scrape?
bool LooksLikeHtml(std::string_view data);

}  // namespace isnad

#endif  // ISNAD_INGEST_HTML_TEXT_H_
