#include "pipeline/spans.h"

#include "extract/dates.h"
#include "pipeline/document_json.h"
#include "tokenize/tokenizer.h"

namespace isnad {

using Json = nlohmann::ordered_json;

namespace {

const char* TokenKindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kLatin: return "latin";
    case TokenKind::kClitic: return "clitic";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kUrl: return "url";
    case TokenKind::kHashtag: return "hashtag";
    case TokenKind::kHandle: return "handle";
    case TokenKind::kSymbol: return "symbol";
  }
  return "unknown";
}

Json TokensJson(const Document& doc, const TextLayers& l) {
  Json out = Json::array();
  for (const Token& t : l.tokens) {
    Json j = SpanJson(doc, Span{t.begin, t.end});
    j["kind"] = TokenKindName(t.kind);
    j["norm"] = std::string(TokenText(l.norm, t));
    if (t.kind == TokenKind::kWord) {
      j["stem"] = std::string(TokenStem(l.norm, t));
      const std::string_view w = TokenText(l.norm, t);
      if (t.prefix_len > 0) j["proclitics"] = std::string(w.substr(0, t.prefix_len));
      if (t.suffix_len > 0) j["enclitics"] = std::string(w.substr(w.size() - t.suffix_len));
    }
    out.push_back(std::move(j));
  }
  return out;
}

Json SentencesJson(const Document& doc, const TextLayers& l) {
  Json out = Json::array();
  for (const Sentence& s : l.sentences) {
    Json j = SpanJson(doc, Span{s.begin, s.end});
    j["tokens"] = s.last_token - s.first_token;
    j["reporting"] = doc.IsReporting(Span{s.begin, s.end});
    out.push_back(std::move(j));
  }
  return out;
}

Json ZonesJson(const Document& doc) {
  Json out = Json::array();
  for (const Zone& z : doc.zones) {
    Json j = SpanJson(doc, z.span);
    j["kind"] = ZoneKindName(z.kind);
    out.push_back(std::move(j));
  }
  return out;
}

// Every entity mention as its own span, with the entity it names and why.
Json EntityMentionsJson(const Document& doc, const DocumentEntities& ents) {
  Json out = Json::array();
  for (const EntityMention& m : ents.mentions) {
    const Entity& e = ents.entities[m.entity];
    Json j = SpanJson(doc, Span{m.start, m.end});
    j["kind"] = EntityKindName(e.kind);
    j["id"] = e.id;
    j["name"] = e.name;
    j["basis"] = MentionBasisName(m.basis);
    if (!m.note.empty()) j["cue"] = m.note;
    if (e.kind == EntityKind::kPerson && !e.role.empty()) j["role"] = e.role;
    out.push_back(std::move(j));
  }
  return out;
}

Json Optional(const std::optional<int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

Json NumbersJson(const Document& doc, const std::vector<NumberMention>& numbers) {
  Json out = Json::array();
  for (const NumberMention& n : numbers) {
    Json j = SpanJson(doc, Span{n.begin, n.end});
    j["value"] = Optional(n.value);
    j["min"] = Optional(n.min);
    j["max"] = Optional(n.max);
    j["approx"] = n.approx;
    j["kind"] = std::string(NumberKindName(n.kind));
    if (n.bound != Bound::kExact) j["bound"] = std::string(BoundName(n.bound));
    if (n.measure != Measure::kNone) j["measure"] = std::string(MeasureName(n.measure));
    j["counts"] = n.counts();
    out.push_back(std::move(j));
  }
  return out;
}

Json DatesJson(const Document& doc, const std::vector<DateMention>& dates) {
  Json out = Json::array();
  for (const DateMention& d : dates) {
    // The SPEC names both the byte span and the date interval start/end: for dates,
    // start/end are the interval (ISO dates) and the bytes are byte_start/byte_end.
    const Span in = doc.ToInput(Span{d.begin, d.end});
    Json j;
    j["byte_start"] = in.start;
    j["byte_end"] = in.end;
    j["text"] = std::string(doc.InputBytes(Span{d.begin, d.end}));
    j["kind"] = d.kind == DateKind::kDate ? "date" : (d.kind == DateKind::kTime ? "time" : "duration");
    j["start"] = d.start ? Json(FormatIsoDate(*d.start)) : Json(nullptr);
    j["end"] = d.until ? Json(FormatIsoDate(*d.until)) : Json(nullptr);
    j["relative"] = d.relative;
    j["resolved"] = d.resolved;
    if (d.vague) j["vague"] = true;
    if (d.hijri) j["hijri"] = true;
    if (d.weekday_conflict) j["weekday_conflict"] = true;
    if (d.hour) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "%02d:%02d", *d.hour, d.minute.value_or(0));
      j["time"] = buf;
    }
    if (!d.zone.empty()) j["zone"] = std::string(d.zone);
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

std::vector<std::string> SpanKinds() {
  return {"tokens", "sentences", "numbers", "dates", "entities", "zones"};
}

Result<CivilDate> ParseReferenceDate(std::string_view s) {
  auto t = ParseIsoDateTime(s);
  if (!t || t->hour || !t->date.complete()) return Status::InvalidArgument("'" + std::string(s) + "' is not a YYYY-MM-DD date");
  return t->date;
}

Json SpansJson(const Analysis& a, const std::string& kind) {
  const Document& doc = a.doc;
  Json j;
  j["doc"] = Json{{"id", doc.id}, {"path", doc.path ? Json(*doc.path) : Json(nullptr)}};
  j["kind"] = kind;
  if (kind == "zones") {
    j["spans"] = ZonesJson(doc);
    return j;
  }
  if (kind == "tokens") j["spans"] = TokensJson(doc, a.layers);
  else if (kind == "sentences") j["spans"] = SentencesJson(doc, a.layers);
  else if (kind == "entities") j["spans"] = EntityMentionsJson(doc, a.entities);
  else if (kind == "numbers") j["spans"] = NumbersJson(doc, a.numbers);
  else if (kind == "dates") {
    j["reference_date"] = a.reference ? Json(FormatIsoDate(*a.reference)) : Json(nullptr);
    j["spans"] = DatesJson(doc, a.dates);
  }
  return j;
}

}  // namespace isnad
