#include "ingest/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace isnad {
namespace {

std::string Lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

const char* Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_TR: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_MAIN: case GUMBO_TAG_HR: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_PRE:
      return true;
    default:
      return false;
  }
}

bool Skipped(const GumboElement& e) {
  switch (e.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
      return true;
    default:
      break;
  }
  // Comment sections, share bars, related-article lists and menus by their class or id.
  static constexpr const char* kMarks[] = {"comment", "share", "social", "related", "most-read",
                                           "mostread", "menu", "breadcrumb", "sidebar",
                                           "advert", "newsletter", "tags", "popular"};
  for (const char* attr : {"class", "id"}) {
    if (const char* v = Attr(e, attr)) {
      const std::string l = Lower(v);
      for (const char* m : kMarks) {
        if (l.find(m) != std::string::npos) return true;
      }
    }
  }
  return false;
}

class Extractor {
 public:
  Extractor(std::string_view html, HtmlExtract* out) : html_(html), out_(out) {}

  void Meta(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_HTML && Attr(e, "lang")) out_->lang = Lower(Attr(e, "lang"));
    if (e.tag == GUMBO_TAG_META) {
      const char* key = Attr(e, "property");
      if (!key) key = Attr(e, "name");
      if (!key) key = Attr(e, "itemprop");
      const char* content = Attr(e, "content");
      if (key && content) {
        const std::string k = Lower(key);
        if (k == "og:title" && out_->title.empty()) out_->title = content;
        if ((k == "article:published_time" || k == "datepublished" || k == "pubdate" ||
             k == "publishdate" || k == "date" || k == "dc.date.issued" ||
             k == "og:published_time") && out_->published.empty()) {
          out_->published = content;
        }
        if (k == "og:site_name" && out_->site_name.empty()) out_->site_name = content;
        if (k == "og:url" && out_->url.empty()) out_->url = content;
      }
    }
    if (e.tag == GUMBO_TAG_LINK && Attr(e, "rel") && Lower(Attr(e, "rel")) == "canonical" &&
        Attr(e, "href") && out_->url.empty()) {
      out_->url = Attr(e, "href");
    }
    if (e.tag == GUMBO_TAG_TIME && Attr(e, "datetime") && out_->published.empty()) {
      out_->published = Attr(e, "datetime");
    }
    if (e.tag == GUMBO_TAG_SCRIPT && Attr(e, "type") &&
        Lower(Attr(e, "type")) == "application/ld+json" && out_->published.empty() &&
        e.children.length > 0) {
      const auto* child = static_cast<const GumboNode*>(e.children.data[0]);
      if (child->type == GUMBO_NODE_TEXT) {
        const std::string_view json = child->v.text.text;
        const size_t k = json.find("\"datePublished\"");
        if (k != std::string_view::npos) {
          const size_t q1 = json.find('"', json.find(':', k) + 1);
          const size_t q2 = q1 == std::string_view::npos ? q1 : json.find('"', q1 + 1);
          if (q2 != std::string_view::npos) out_->published = std::string(json.substr(q1 + 1, q2 - q1 - 1));
        }
      }
    }
    if (e.tag == GUMBO_TAG_TITLE && e.children.length > 0 && title_tag_.empty()) {
      const auto* child = static_cast<const GumboNode*>(e.children.data[0]);
      if (child->type == GUMBO_NODE_TEXT) title_tag_ = child->v.text.text;
    }
    if (e.tag == GUMBO_TAG_H1 && h1_.empty()) h1_ = TextOf(node);
    for (unsigned i = 0; i < e.children.length; ++i) {
      Meta(static_cast<const GumboNode*>(e.children.data[i]));
    }
  }

  void Text(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      AppendText(node->v.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& e = node->v.element;
    if (Skipped(e)) return;
    const bool block = IsBlock(e.tag);
    if (block) Break(e.start_pos.offset);
    for (unsigned i = 0; i < e.children.length; ++i) {
      Text(static_cast<const GumboNode*>(e.children.data[i]));
    }
    if (block) Break(e.end_pos.offset);
  }

  void Finish() {
    while (!out_->text.empty() && (out_->text.back() == '\n' || out_->text.back() == ' ')) {
      out_->text.pop_back();
      out_->input_of.pop_back();
    }
    out_->input_of.push_back(static_cast<uint32_t>(html_.size()));
    if (out_->title.empty()) out_->title = h1_.empty() ? title_tag_ : h1_;
  }

 private:
  static std::string TextOf(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT) return node->v.text.text;
    if (node->type != GUMBO_NODE_ELEMENT) return "";
    std::string s;
    const GumboVector& c = node->v.element.children;
    for (unsigned i = 0; i < c.length; ++i) s += TextOf(static_cast<const GumboNode*>(c.data[i]));
    return s;
  }

  void Push(char c, uint32_t origin) {
    out_->text.push_back(c);
    out_->input_of.push_back(origin);
  }

  void Break(uint32_t origin) {
    if (out_->text.empty() || out_->text.back() == '\n') return;
    while (!out_->text.empty() && out_->text.back() == ' ') {
      out_->text.pop_back();
      out_->input_of.pop_back();
    }
    Push('\n', std::min<uint32_t>(origin, static_cast<uint32_t>(html_.size())));
  }

  void AppendText(const GumboText& t) {
    const std::string_view decoded = t.text;
    const std::string_view raw(t.original_text.data, t.original_text.length);
    const auto start = static_cast<uint32_t>(t.start_pos.offset);
    const bool identical = decoded == raw;  // no entities: byte-for-byte map
    for (size_t i = 0; i < decoded.size(); ++i) {
      const char c = decoded[i];
      const uint32_t origin = identical ? start + static_cast<uint32_t>(i) : start;
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        if (!out_->text.empty() && out_->text.back() != ' ' && out_->text.back() != '\n') {
          Push(' ', origin);
        }
        continue;
      }
      Push(c, origin);
    }
  }

  std::string_view html_;
  HtmlExtract* out_;
  std::string h1_, title_tag_;
};

const GumboNode* FindTag(const GumboNode* node, GumboTag tag) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  const GumboVector& c = node->v.element.children;
  for (unsigned i = 0; i < c.length; ++i) {
    if (const GumboNode* f = FindTag(static_cast<const GumboNode*>(c.data[i]), tag)) return f;
  }
  return nullptr;
}

}  // namespace

HtmlExtract ExtractHtml(std::string_view html) {
  HtmlExtract out;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 1000;
  GumboOutput* doc = gumbo_parse_with_options(&options, html.data(), html.size());
  Extractor ex(html, &out);
  ex.Meta(doc->root);
  const GumboNode* root = FindTag(doc->root, GUMBO_TAG_ARTICLE);
  if (root == nullptr) root = FindTag(doc->root, GUMBO_TAG_MAIN);
  if (root == nullptr) root = FindTag(doc->root, GUMBO_TAG_BODY);
  if (root == nullptr) root = doc->root;
  // The title usually sits in the article; when it is outside, put it first.
  if (FindTag(root, GUMBO_TAG_H1) == nullptr) {
    if (const GumboNode* h1 = FindTag(doc->root, GUMBO_TAG_H1)) ex.Text(h1);
  }
  ex.Text(root);
  ex.Finish();
  gumbo_destroy_output(&options, doc);
  return out;
}

bool LooksLikeHtml(std::string_view d) {
  size_t i = 0;
  if (d.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < d.size() && std::isspace(static_cast<unsigned char>(d[i]))) ++i;
  if (i >= d.size() || d[i] != '<') return false;
  const std::string head = Lower(d.substr(i, 512));
  return head.rfind("<!doctype html", 0) == 0 || head.find("<html") != std::string::npos ||
         head.find("<head") != std::string::npos || head.find("<body") != std::string::npos ||
         head.find("<p") != std::string::npos || head.find("<div") != std::string::npos ||
         head.find("<article") != std::string::npos || head.find("<meta") != std::string::npos;
}

}  // namespace isnad
