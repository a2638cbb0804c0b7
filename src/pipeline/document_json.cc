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

namespace {

Json Opt(const std::optional<int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

Json ClaimEntityJson(const Document& doc, const ClaimEntity& e, bool place) {
  Json j{{"id", e.id}, {"name", e.name}};
  if (place) {
    j["lat"] = e.lat ? Json(*e.lat) : Json(nullptr);
    j["lon"] = e.lon ? Json(*e.lon) : Json(nullptr);
    j["precision"] = e.precision;
  }
  const Span in = doc.ToInput(e.evidence);
  j["start"] = in.start;
  j["end"] = in.end;
  return j;
}

Json LinkJson(const Document& doc, const SourceLink& l) {
  Json j{{"kind", l.kind}};
  if (!l.id.empty()) j["id"] = l.id;
  j["name"] = l.name;
  if (!l.role.empty()) j["role"] = l.role;
  if (l.evidence) {
    const Span in = doc.ToInput(*l.evidence);
    j["start"] = in.start;
    j["end"] = in.end;
  }
  return j;
}

}  // namespace

Json ClaimsJson(const Document& doc, const std::vector<Claim>& claims, bool explain) {
  Json out = Json::array();
  for (const Claim& c : claims) {
    Json j;
    j["type"] = ClaimTypeName(c.type);
    j["modality"] = ModalityName(c.modality);
    const Span ev = doc.ToInput(c.evidence);
    j["evidence"] = Json{{"start", ev.start}, {"end", ev.end}, {"quote", std::string(doc.InputBytes(c.evidence))}};
    j["agent"] = c.agent ? ClaimEntityJson(doc, *c.agent, false) : Json(nullptr);
    j["counterpart"] = c.counterpart ? ClaimEntityJson(doc, *c.counterpart, false) : Json(nullptr);
    if (c.count) {
      const ClaimCount& n = *c.count;
      j["count"] = Json{{"value", Opt(n.value)}, {"min", Opt(n.min)}, {"max", Opt(n.max)},
                        {"approx", n.approx}, {"unit", CountUnitName(n.unit)},
                        {"text", std::string(doc.InputBytes(n.text))}};
    } else {
      j["count"] = nullptr;
    }
    j["place"] = c.place ? ClaimEntityJson(doc, *c.place, true) : Json(nullptr);
    if (c.time) {
      j["time"] = Json{{"start", c.time->start ? Json(*c.time->start) : Json(nullptr)},
                       {"end", c.time->end ? Json(*c.time->end) : Json(nullptr)},
                       {"text", std::string(doc.InputBytes(c.time->text))}};
    } else {
      j["time"] = nullptr;
    }
    Json chain = Json::array();
    for (const SourceLink& l : c.chain) chain.push_back(LinkJson(doc, l));
    j["source"] = Json{{"chain", std::move(chain)}, {"verb", c.verb.empty() ? Json(nullptr) : Json(c.verb)}};
    if (explain) {
      Json x;
      x["trigger"] = c.why.trigger;
      if (c.why.trigger_span) x["trigger_text"] = std::string(doc.InputBytes(*c.why.trigger_span));
      if (!c.why.unit_noun.empty()) x["unit_noun"] = c.why.unit_noun;
      if (!c.why.agent_rule.empty()) x["agent"] = c.why.agent_rule;
      if (!c.why.place_rule.empty()) x["place"] = c.why.place_rule;
      x["source"] = c.why.source_rule;
      if (!c.why.modality_cue.empty()) x["modality_cue"] = c.why.modality_cue;
      j["explain"] = std::move(x);
    }
    out.push_back(std::move(j));
  }
  return out;
}

Json AnalyzeJson(const Analysis& a, bool explain) {
  Json j;
  j["doc"] = DocJson(a.doc);
  j["entities"] = EntitiesJson(a.doc, a.entities);
  j["claims"] = ClaimsJson(a.doc, a.claims, explain);
  return j;
}

}  // namespace isnad
