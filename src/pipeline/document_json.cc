#include "pipeline/document_json.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

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

namespace {

// Field-by-field writing over RapidJSON's Writer or PrettyWriter.
template <class W>
class Out {
 public:
  explicit Out(W& w) : w_(w) {}

  Out& Key(std::string_view k) {
    w_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
    return *this;
  }
  void Str(std::string_view s) { w_.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
  void Int(int64_t v) { w_.Int64(v); }
  void Num(double v) { w_.Double(v); }
  void Bool(bool b) { w_.Bool(b); }
  void Null() { w_.Null(); }
  void Begin() { w_.StartObject(); }
  void End() { w_.EndObject(); }
  void BeginArray() { w_.StartArray(); }
  void EndArray() { w_.EndArray(); }

  template <class T>
  void Opt(const std::optional<T>& v) {
    if (!v) {
      Null();
    } else if constexpr (std::is_floating_point_v<T>) {
      Num(*v);
    } else if constexpr (std::is_integral_v<T>) {
      Int(*v);
    } else {
      Str(*v);
    }
  }
  // "start" and "end" of a span of doc.text, in input coordinates.
  void Range(const Document& doc, Span s) {
    const Span in = doc.ToInput(s);
    Key("start").Int(in.start);
    Key("end").Int(in.end);
  }
  void SpanObject(const Document& doc, Span s) {
    const Span in = doc.ToInput(s);
    Begin();
    Key("start").Int(in.start);
    Key("end").Int(in.end);
    Key("byte_start").Int(in.start);  // the same, named as in the dates layer
    Key("byte_end").Int(in.end);
    Key("text").Str(doc.InputBytes(s));
    End();
  }

  void Doc(const Document& doc);
  void Entities(const Document& doc, const DocumentEntities& ents);
  void Claims(const Document& doc, const std::vector<Claim>& claims, bool explain);

 private:
  void ClaimEntity(const Document& doc, const isnad::ClaimEntity* e, bool place);
  void Link(const Document& doc, const SourceLink& l);
  W& w_;
};

template <class W>
void Out<W>::Doc(const Document& doc) {
  Begin();
  Key("id").Str(doc.id);
  Key("path").Opt(doc.path);
  if (doc.url) Key("url").Str(*doc.url);
  Key("title").Str(doc.title);
  Key("outlet");
  if (doc.outlet) {
    Begin();
    Key("id").Str(doc.outlet->id);
    Key("name").Str(doc.outlet->name);
    Key("basis").Str(BasisName(doc.outlet->basis));
    if (doc.outlet->evidence) Key("evidence").SpanObject(doc, *doc.outlet->evidence);
    End();
  } else {
    Null();
  }
  if (doc.published) {
    Key("published").Str(doc.published->ToIso());
    Key("published_detail").Begin();
    Key("basis").Str(BasisName(doc.published->basis));
    if (doc.published->upper_bound) Key("upper_bound").Bool(true);
    if (doc.published->evidence) Key("evidence").SpanObject(doc, *doc.published->evidence);
    End();
  } else {
    Key("published").Null();
  }
  Key("language").Str(doc.language);
  Key("zones").BeginArray();
  for (const Zone& z : doc.zones) {
    Begin();
    Key("kind").Str(ZoneKindName(z.kind));
    Range(doc, z.span);
    End();
  }
  EndArray();
  if (!doc.diagnostics.empty()) {
    Key("diagnostics").BeginArray();
    for (const Diagnostic& x : doc.diagnostics) Str(x.message);
    EndArray();
  }
  End();
}

template <class W>
void Out<W>::Entities(const Document& doc, const DocumentEntities& ents) {
  BeginArray();
  for (const Entity& e : ents.entities) {
    Begin();
    Key("kind").Str(EntityKindName(e.kind));
    Key("id").Str(e.id);
    Key("name").Str(e.name);
    if (!e.name_en.empty()) Key("name_en").Str(e.name_en);
    if (e.kind == EntityKind::kPlace) {
      Key("lat").Opt(e.lat);
      Key("lon").Opt(e.lon);
      Key("precision").Str(e.precision);
      if (!e.country.empty()) Key("country").Str(e.country);
    } else if (!e.type.empty()) {
      Key("type").Str(e.type);
    }
    if (e.kind == EntityKind::kPerson) {
      if (!e.role.empty()) Key("role").Str(e.role);
      if (!e.affiliation.empty()) Key("affiliation").Str(e.affiliation);
    }
    Key("mentions").BeginArray();
    for (uint32_t m : e.mentions) {
      const EntityMention& x = ents.mentions[m];
      Begin();
      Range(doc, Span{x.start, x.end});
      if (x.basis != MentionBasis::kDictionary) Key("basis").Str(MentionBasisName(x.basis));
      End();
    }
    EndArray();
    End();
  }
  EndArray();
}

template <class W>
void Out<W>::ClaimEntity(const Document& doc, const isnad::ClaimEntity* e, bool place) {
  if (e == nullptr) return Null();
  Begin();
  Key("id").Str(e->id);
  Key("name").Str(e->name);
  if (place) {
    Key("lat").Opt(e->lat);
    Key("lon").Opt(e->lon);
    Key("precision").Str(e->precision);
  }
  Range(doc, e->evidence);
  End();
}

template <class W>
void Out<W>::Link(const Document& doc, const SourceLink& l) {
  Begin();
  Key("kind").Str(l.kind);
  if (!l.id.empty()) Key("id").Str(l.id);
  Key("name").Str(l.name);
  if (!l.role.empty()) Key("role").Str(l.role);
  if (l.evidence) Range(doc, *l.evidence);
  End();
}

template <class W>
void Out<W>::Claims(const Document& doc, const std::vector<Claim>& claims, bool explain) {
  BeginArray();
  for (const Claim& c : claims) {
    Begin();
    Key("type").Str(ClaimTypeName(c.type));
    Key("modality").Str(ModalityName(c.modality));
    Key("evidence").Begin();
    Range(doc, c.evidence);
    Key("quote").Str(doc.InputBytes(c.evidence));
    End();
    Key("agent").ClaimEntity(doc, c.agent ? &*c.agent : nullptr, false);
    Key("counterpart").ClaimEntity(doc, c.counterpart ? &*c.counterpart : nullptr, false);
    Key("count");
    if (c.count) {
      const ClaimCount& n = *c.count;
      Begin();
      Key("value").Opt(n.value);
      Key("min").Opt(n.min);
      Key("max").Opt(n.max);
      Key("approx").Bool(n.approx);
      Key("unit").Str(CountUnitName(n.unit));
      Key("text").Str(doc.InputBytes(n.text));
      End();
    } else {
      Null();
    }
    Key("place").ClaimEntity(doc, c.place ? &*c.place : nullptr, true);
    Key("time");
    if (c.time) {
      Begin();
      Key("start").Opt(c.time->start);
      Key("end").Opt(c.time->end);
      Key("text").Str(doc.InputBytes(c.time->text));
      End();
    } else {
      Null();
    }
    Key("source").Begin();
    Key("chain").BeginArray();
    for (const SourceLink& l : c.chain) Link(doc, l);
    EndArray();
    Key("verb");
    if (c.verb.empty()) {
      Null();
    } else {
      Str(c.verb);
    }
    End();
    if (explain) {
      Key("explain").Begin();
      Key("trigger").Str(c.why.trigger);
      if (c.why.trigger_span) Key("trigger_text").Str(doc.InputBytes(*c.why.trigger_span));
      if (!c.why.unit_noun.empty()) Key("unit_noun").Str(c.why.unit_noun);
      if (!c.why.agent_rule.empty()) Key("agent").Str(c.why.agent_rule);
      if (!c.why.place_rule.empty()) Key("place").Str(c.why.place_rule);
      Key("source").Str(c.why.source_rule);
      if (!c.why.modality_cue.empty()) Key("modality_cue").Str(c.why.modality_cue);
      End();
    }
    End();
  }
  EndArray();
}

template <class W>
void WriteAnalysis(W& w, const Analysis& a, bool explain) {
  Out<W> out(w);
  out.Begin();
  out.Key("doc").Doc(a.doc);
  out.Key("entities").Entities(a.doc, a.entities);
  out.Key("claims").Claims(a.doc, a.claims, explain);
  out.End();
}

}  // namespace

std::string AnalyzeJson(const Analysis& a, bool explain, bool pretty) {
  rapidjson::StringBuffer buffer;
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    WriteAnalysis(w, a, explain);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    WriteAnalysis(w, a, explain);
  }
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace isnad
