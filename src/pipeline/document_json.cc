#include "pipeline/document_json.h"

namespace isnad {

using Json = nlohmann::ordered_json;

Json SpanJson(const Document& doc, Span s) {
  const Span in = doc.ToInput(s);
  Json j;
  j["start"] = in.start;
  j["end"] = in.end;
  j["byte_start"] = in.start;  // the same, named as in the dates layer
  j["byte_end"] = in.end;
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

Json EntitiesJson(const Document& doc, const DocumentEntities& ents) {
  Json out = Json::array();
  for (const Entity& e : ents.entities) {
    Json j;
    j["kind"] = EntityKindName(e.kind);
    j["id"] = e.id;
    j["name"] = e.name;
    if (!e.name_en.empty()) j["name_en"] = e.name_en;
    if (e.kind == EntityKind::kPlace) {
      j["lat"] = e.lat ? Json(*e.lat) : Json(nullptr);
      j["lon"] = e.lon ? Json(*e.lon) : Json(nullptr);
      j["precision"] = e.precision;
      if (!e.country.empty()) j["country"] = e.country;
    } else if (!e.type.empty()) {
      j["type"] = e.type;
    }
    if (e.kind == EntityKind::kPerson) {
      if (!e.role.empty()) j["role"] = e.role;
      if (!e.affiliation.empty()) j["affiliation"] = e.affiliation;
    }
    Json mentions = Json::array();
    for (uint32_t m : e.mentions) {
      const EntityMention& x = ents.mentions[m];
      const Span in = doc.ToInput(Span{x.start, x.end});
      Json mj{{"start", in.start}, {"end", in.end}};
      if (x.basis != MentionBasis::kDictionary) mj["basis"] = MentionBasisName(x.basis);
      mentions.push_back(std::move(mj));
    }
    j["mentions"] = std::move(mentions);
    out.push_back(std::move(j));
  }
  return out;
}

Json AnalyzeJson(const Analysis& a) {
  Json j;
  j["doc"] = DocJson(a.doc);
  j["entities"] = EntitiesJson(a.doc, a.entities);
  j["claims"] = Json::array();
  return j;
}

}  // namespace isnad
