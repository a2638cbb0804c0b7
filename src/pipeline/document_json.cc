#include "pipeline/document_json.h"

namespace isnad {

using Json = nlohmann::ordered_json;

Json SpanJson(const Document& doc, Span s) {
  const Span in = doc.ToInput(s);
  Json j;
  j["start"] = in.start;
  j["end"] = in.end;
  j["text"] = std::string(doc.InputBytes(s));
  return j;
}

Json DocJson(const Document& doc) {
  Json d;
  d["id"] = doc.id;
  d["path"] = doc.path ? Json(*doc.path) : Json(nullptr);
  if (doc.url) d["url"] = *doc.url;
  d["title"] = doc.title;
  if (doc.outlet) {
    Json o;
    o["id"] = doc.outlet->id;
    o["name"] = doc.outlet->name;
    o["basis"] = BasisName(doc.outlet->basis);
    if (doc.outlet->evidence) o["evidence"] = SpanJson(doc, *doc.outlet->evidence);
    d["outlet"] = o;
  } else {
    d["outlet"] = nullptr;
  }
  if (doc.published) {
    d["published"] = doc.published->ToIso();
    Json p;
    p["basis"] = BasisName(doc.published->basis);
    if (doc.published->upper_bound) p["upper_bound"] = true;
    if (doc.published->evidence) p["evidence"] = SpanJson(doc, *doc.published->evidence);
    d["published_detail"] = p;
  } else {
    d["published"] = nullptr;
  }
  d["language"] = doc.language;
  Json zones = Json::array();
  for (const Zone& z : doc.zones) {
    const Span in = doc.ToInput(z.span);
    zones.push_back(Json{{"kind", ZoneKindName(z.kind)}, {"start", in.start}, {"end", in.end}});
  }
  d["zones"] = std::move(zones);
  if (!doc.diagnostics.empty()) {
    Json diag = Json::array();
    for (const Diagnostic& x : doc.diagnostics) diag.push_back(x.message);
    d["diagnostics"] = std::move(diag);
  }
  return d;
}

Json AnalyzeJson(const Document& doc) {
  Json j;
  j["doc"] = DocJson(doc);
  j["entities"] = Json::array();
  j["claims"] = Json::array();
  return j;
}

}  // namespace isnad
