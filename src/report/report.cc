#include "report/report.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <map>
#include <set>

#include "ingest/html_text.h"
#include "isnad/entity.h"
#include "stories/stories.h"

namespace isnad {

using Json = nlohmann::ordered_json;

namespace internal {
// Defined in web_assets.cc (the page built by web/build.mjs, embedded with .incbin), or in
// web_assets_missing.cc when isnad is configured without node and npm.
extern const char* const kWebTemplateBegin;
extern const char* const kWebTemplateEnd;
}  // namespace internal

namespace {

constexpr std::string_view kDataMarker = "<!--ISNAD_DATA-->";
constexpr size_t kContextBytes = 360;  // of paragraph kept on each side of a quote

// The text a reader sees for a stored document: the input itself, or the visible text of an
// HTML page with a map back to the markup. Offsets in the analysis are input bytes.
struct DisplayText {
  std::string text;
  std::vector<uint32_t> input_of;  // HTML only: input byte of text[i]
  std::vector<uint32_t> u16;       // UTF-16 index of every byte offset of text (size+1)

  explicit DisplayText(const std::string& input) {
    if (LooksLikeHtml(input)) {
      HtmlExtract x = ExtractHtml(input);
      text = std::move(x.text);
      input_of = std::move(x.input_of);
    } else {
      text = input;
    }
    u16.resize(text.size() + 1);
    uint32_t n = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      u16[i] = n;
      const auto b = static_cast<uint8_t>(text[i]);
      if ((b & 0xC0) != 0x80) n += b >= 0xF0 ? 2 : 1;  // a lead byte starts one code point
    }
    u16[text.size()] = n;
  }
  // Input byte offset -> text byte offset.
  uint32_t FromInput(uint32_t in) const {
    if (input_of.empty()) return std::min<uint32_t>(in, static_cast<uint32_t>(text.size()));
    auto it = std::lower_bound(input_of.begin(), input_of.end(), in);
    return static_cast<uint32_t>(std::min<size_t>(it - input_of.begin(), text.size()));
  }
  uint32_t U16(uint32_t byte) const { return u16[std::min<size_t>(byte, text.size())]; }
};

bool IsContinuation(char c) { return (static_cast<uint8_t>(c) & 0xC0) == 0x80; }

// The paragraph around [s, e): from the line break before to the one after, cut to
// kContextBytes on each side at a character (and preferably a word) boundary.
Json Context(const std::string& text, uint32_t s, uint32_t e) {
  e = std::min<uint32_t>(e, static_cast<uint32_t>(text.size()));
  s = std::min(s, e);
  size_t b = text.rfind('\n', s == 0 ? 0 : s - 1);
  b = (b == std::string::npos || s == 0) ? 0 : b + 1;
  if (s > 0 && b > s) b = s;
  size_t a = text.find('\n', e);
  if (a == std::string::npos) a = text.size();
  bool cut_before = false, cut_after = false;
  if (s - b > kContextBytes) {
    b = s - kContextBytes;
    const size_t sp = text.find(' ', b);
    if (sp != std::string::npos && sp < s) b = sp + 1;
    while (b < s && IsContinuation(text[b])) ++b;
    cut_before = true;
  }
  if (a - e > kContextBytes) {
    a = e + kContextBytes;
    const size_t sp = text.rfind(' ', a);
    if (sp != std::string::npos && sp > e) a = sp;
    while (a > e && a < text.size() && IsContinuation(text[a])) --a;
    cut_after = true;
  }
  return Json{{"before", text.substr(b, s - b)}, {"quote", text.substr(s, e - s)},
              {"after", text.substr(e, a - e)}, {"cut_before", cut_before}, {"cut_after", cut_after}};
}

uint32_t U32(const Json& v) { return v.is_number_unsigned() || v.is_number_integer() ? v.get<uint32_t>() : 0; }
std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
Json OutletJson(const DocumentRow& r) {
  return r.outlet_id.empty() ? Json(nullptr) : Json{{"id", r.outlet_id}, {"name", r.outlet_name}};
}
Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

std::string NowIso() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Everything the bundle needs of one stored document, parsed once.
struct Doc {
  const DocumentRow* row = nullptr;
  Json analysis;
  std::unique_ptr<DisplayText> display;  // built on first use
  const DisplayText& Display() {
    if (!display) display = std::make_unique<DisplayText>(row->input);
    return *display;
  }
};

// The analysis claim a group figure came from (same evidence and figure).
const Json* FindClaim(const Json& analysis, const Json& figure) {
  auto it = analysis.find("claims");
  if (it == analysis.end() || !it->is_array()) return nullptr;
  const uint32_t s = U32(figure["evidence"]["start"]), e = U32(figure["evidence"]["end"]);
  const std::string text = figure["count"].is_object() ? Str(figure["count"], "text") : "";
  for (const Json& c : *it) {
    if (U32(c["evidence"]["start"]) == s && U32(c["evidence"]["end"]) == e &&
        (!c["count"].is_object() || Str(c["count"], "text") == text)) {
      return &c;
    }
  }
  return nullptr;
}

Json TimelineItem(const Json& c, const DocumentRow& r) {
  const std::string quote = Str(c["evidence"], "quote");
  return Json{{"kind", "claim"},
              {"start", c["time"]["start"]},
              {"end", c["time"]["end"]},
              {"type", c["type"]},
              {"modality", c["modality"]},
              {"count_text", c["count"].is_object() ? c["count"]["text"] : Json(nullptr)},
              {"time_text", c["time"]["text"]},
              {"document", r.id},
              {"outlet_name", r.outlet_name},
              {"evidence_start", c["evidence"]["start"]},
              {"quote", quote.size() > 600 ? quote.substr(0, quote.find(' ', 560)) : quote}};
}

// Adds to a BuildStories() story what the page shows beyond it.
void EnrichStory(Json& s, std::unordered_map<std::string, Doc>& docs) {
  std::map<std::string, int> group_claims_per_doc;
  for (Json& g : s["groups"]) {
    for (Json& f : g["claims"]) {
      const std::string id = Str(f, "document");
      auto it = docs.find(id);
      if (it == docs.end()) continue;
      Doc& d = it->second;
      ++group_claims_per_doc[id];
      f["outlet_name"] = d.row->outlet_name;
      f["published"] = OrNull(d.row->published);
      f["title"] = d.row->title;
      if (const Json* c = FindClaim(d.analysis, f)) {
        f["time"] = (*c)["time"];
        f["place"] = (*c)["place"];
      }
      const DisplayText& t = d.Display();
      f["context"] = Context(t.text, t.FromInput(U32(f["evidence"]["start"])), t.FromInput(U32(f["evidence"]["end"])));
    }
  }
  // Title: the document contributing most figures to claim groups, else the first.
  std::string title_doc;
  int best = -1;
  for (const Json& d : s["documents"]) {
    const int n = group_claims_per_doc[Str(d, "id")];
    if (n > best) best = n, title_doc = Str(d, "id");
  }
  // Places: how many claims are set at each, and in how many documents it is named.
  std::map<std::string, int> place_claims, place_docs;
  Json timeline = Json::array(), undated = Json::array();
  std::set<std::string> outlets;
  std::string title;
  for (Json& d : s["documents"]) {
    auto it = docs.find(Str(d, "id"));
    if (it == docs.end()) continue;
    const Json& a = it->second.analysis;
    const DocumentRow& r = *it->second.row;
    if (!r.outlet_id.empty()) outlets.insert(r.outlet_id);
    int claims = 0;
    std::set<std::string> named;
    if (a.contains("entities")) {
      for (const Json& e : a["entities"]) {
        if (Str(e, "kind") == "place") named.insert(Str(e, "id"));
      }
    }
    for (const auto& p : named) ++place_docs[p];
    if (a.contains("claims")) {
      for (const Json& c : a["claims"]) {
        ++claims;
        if (c["place"].is_object()) ++place_claims[Str(c["place"], "id")];
        if (!c["time"].is_object()) continue;
        if (c["time"]["start"].is_string() || c["time"]["end"].is_string()) {
          timeline.push_back(TimelineItem(c, r));
        } else if (c["time"]["text"].is_string()) {
          undated.push_back(TimelineItem(c, r));
        }
      }
    }
    d["claims"] = claims;
    if (!r.published.empty()) {
      timeline.push_back(Json{{"kind", "published"}, {"start", r.published.substr(0, 10)}, {"end", nullptr},
                              {"document", r.id}, {"outlet_name", r.outlet_name}, {"title", r.title}});
    }
    if (Str(d, "id") == title_doc) title = r.title;
  }
  // (Keys are added to `s` only now: ordered_json keeps them in a vector, and adding one
  // while iterating s["documents"] would invalidate the iteration.)
  s["title"] = title;
  for (Json& p : s["places"]) {
    p["claims"] = place_claims[Str(p, "id")];
    p["documents"] = place_docs[Str(p, "id")];
  }
  std::stable_sort(timeline.begin(), timeline.end(), [](const Json& x, const Json& y) {
    auto key = [](const Json& j) { return j["start"].is_string() ? j["start"].get<std::string>() : Str(j, "end"); };
    return key(x) < key(y);
  });
  s["timeline"] = std::move(timeline);
  s["undated"] = std::move(undated);
  int compared = 0, contradictions = 0;
  for (const Json& g : s["groups"]) {
    if (g["claims"].size() < 2) continue;
    ++compared;
    if (!g["agree"].get<bool>()) ++contradictions;
  }
  s["stats"] = Json{{"documents", s["documents"].size()}, {"outlets", outlets.size()},
                    {"groups", s["groups"].size()}, {"compared", compared}, {"contradictions", contradictions}};
}

Json Facets(const std::vector<DocumentRow>& rows, std::unordered_map<std::string, Doc>& docs) {
  std::map<std::string, std::pair<std::string, int>> outlets, actors, places;
  std::map<std::string, int> types;
  for (const DocumentRow& r : rows) {
    if (!r.outlet_id.empty()) {
      auto& o = outlets[r.outlet_id];
      o.first = r.outlet_name;
      ++o.second;
    }
    const Json& a = docs[r.id].analysis;
    std::set<std::string> seen;
    if (a.contains("entities")) {
      for (const Json& e : a["entities"]) {
        const std::string kind = Str(e, "kind"), id = Str(e, "id");
        if (id.empty() || !seen.insert(kind + id).second) continue;
        if (kind == "actor") actors[id].first = Str(e, "name"), ++actors[id].second;
        if (kind == "place") places[id].first = Str(e, "name"), ++places[id].second;
      }
    }
    if (a.contains("claims")) {
      for (const Json& c : a["claims"]) {
        if (seen.insert("type:" + Str(c, "type")).second) ++types[Str(c, "type")];
      }
    }
  }
  auto list = [](const std::map<std::string, std::pair<std::string, int>>& m, size_t limit) {
    std::vector<std::pair<std::string, std::pair<std::string, int>>> v(m.begin(), m.end());
    std::stable_sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.second.second > y.second.second; });
    if (v.size() > limit) v.resize(limit);
    Json out = Json::array();
    for (const auto& [id, p] : v) out.push_back(Json{{"id", id}, {"name", p.first}, {"n", p.second}});
    return out;
  };
  Json t = Json::array();
  for (const auto& [id, n] : types) t.push_back(Json{{"id", id}, {"n", n}});
  return Json{{"outlets", list(outlets, 500)}, {"types", std::move(t)}, {"actors", list(actors, 300)},
              {"places", list(places, 300)}};
}

// Newest stories first (by their latest date), undated last, larger first among equals.
void SortStories(Json& stories) {
  std::stable_sort(stories.begin(), stories.end(), [](const Json& x, const Json& y) {
    const std::string dx = x["date_span"].is_object() ? Str(x["date_span"], "end") : "";
    const std::string dy = y["date_span"].is_object() ? Str(y["date_span"], "end") : "";
    if (dx != dy) return dx > dy;
    return x["documents"].size() > y["documents"].size();
  });
}

}  // namespace

std::unordered_map<std::string, std::string> GazetteerParents(const Engine& engine) {
  std::unordered_map<std::string, std::string> parents;
  for (const Entity& e : engine.dictionary().entries()) {
    if (e.kind == EntityKind::kPlace) parents[e.id] = e.affiliation;
  }
  return parents;
}

Json DocumentView(const DocumentRow& row) {
  const DisplayText t(row.input);
  Json a = Json::parse(row.analysis, nullptr, false);
  if (a.is_discarded()) a = Json::object();
  Json zones = Json::array();
  if (a.contains("doc") && a["doc"].contains("zones")) {
    for (const Json& z : a["doc"]["zones"]) {
      zones.push_back(Json{{"kind", z["kind"]}, {"s", t.U16(t.FromInput(U32(z["start"])))},
                           {"e", t.U16(t.FromInput(U32(z["end"])))}});
    }
  }
  Json claims = Json::array();
  if (a.contains("claims")) {
    for (const Json& c : a["claims"]) {
      const uint32_t s = U32(c["evidence"]["start"]), e = U32(c["evidence"]["end"]);
      claims.push_back(Json{{"s", t.U16(t.FromInput(s))}, {"e", t.U16(t.FromInput(e))}, {"evidence_start", s},
                            {"type", c["type"]}, {"modality", c["modality"]}, {"count", c["count"]},
                            {"place", c["place"]}, {"time", c["time"]}, {"chain", c["source"]["chain"]}});
    }
  }
  Json d{{"id", row.id}, {"title", row.title}, {"outlet", OutletJson(row)}, {"published", OrNull(row.published)},
         {"path", OrNull(row.path)}, {"url", OrNull(row.url)}, {"story", row.story}};
  if (!row.duplicate_of.empty()) d["near_copy_of"] = row.duplicate_of;
  d["text"] = t.text;
  d["zones"] = std::move(zones);
  d["claims"] = std::move(claims);
  return d;
}

Json ReportBundle(const std::vector<DocumentRow>& rows,
                  const std::unordered_map<std::string, std::string>& parents, const BundleOptions& options) {
  std::unordered_map<std::string, Doc> docs;
  for (const DocumentRow& r : rows) {
    Doc& d = docs[r.id];
    d.row = &r;
    d.analysis = Json::parse(r.analysis, nullptr, false);
    if (d.analysis.is_discarded()) d.analysis = Json::object();
  }
  Json stories = BuildStories(rows, parents)["stories"];
  for (Json& s : stories) EnrichStory(s, docs);
  SortStories(stories);
  Json documents = Json::object();
  for (const DocumentRow& r : rows) {
    if (options.document_text) {
      documents[r.id] = DocumentView(r);
    } else {
      Json d{{"id", r.id}, {"title", r.title}, {"outlet", OutletJson(r)}, {"published", OrNull(r.published)},
             {"story", r.story}};
      documents[r.id] = std::move(d);
    }
  }
  Json meta{{"mode", options.mode}, {"version", "0.1.0"}, {"generated", NowIso()}, {"store", options.store},
            {"documents", rows.size()}};
  return Json{{"isnad", std::move(meta)}, {"stories", std::move(stories)}, {"documents", std::move(documents)},
              {"facets", Facets(rows, docs)}};
}

std::string_view WebTemplate() {
  return std::string_view(internal::kWebTemplateBegin,
                          static_cast<size_t>(internal::kWebTemplateEnd - internal::kWebTemplateBegin));
}

std::string RenderPage(const Json& data) {
  // JSON inside <script type="application/json">: "</" and "<!--" must not appear verbatim.
  std::string json = data.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::string safe;
  safe.reserve(json.size() + 64);
  for (size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<' && i + 1 < json.size() && (json[i + 1] == '/' || json[i + 1] == '!')) {
      safe += "\\u003c";
    } else {
      safe += json[i];
    }
  }
  const std::string_view page = WebTemplate();
  const size_t at = page.find(kDataMarker);
  std::string out;
  out.reserve(page.size() + safe.size());
  out.append(page.substr(0, at));
  out.append(safe);
  if (at != std::string_view::npos) out.append(page.substr(at + kDataMarker.size()));
  return out;
}

namespace {
std::string CsvCell(const Json& v) {
  std::string s;
  if (v.is_string()) s = v.get<std::string>();
  else if (!v.is_null()) s = v.dump();
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}
std::string ChainText(const Json& chain) {
  std::string out;
  if (!chain.is_array()) return out;
  for (const Json& l : chain) out += (out.empty() ? "" : " ← ") + (Str(l, "name").empty() ? Str(l, "id") : Str(l, "name"));
  return out;
}
}  // namespace

std::string LedgerCsv(const Json& bundle, int64_t story) {
  std::string out = "\xEF\xBB\xBF";  // BOM: spreadsheets then read the Arabic as UTF-8
  out += "story,group,type,unit,group_place,agree,independent_sources,claim,document,outlet,published,"
         "figure_text,value,min,max,approx,modality,chain,origin,in_contradiction,quote\r\n";
  for (const Json& s : bundle["stories"]) {
    if (story >= 0 && s["id"].get<int64_t>() != story) continue;
    int gi = 0;
    for (const Json& g : s["groups"]) {
      ++gi;
      std::set<size_t> contra;
      for (const Json& c : g["contradictions"]) {
        contra.insert(c["a"].get<size_t>());
        contra.insert(c["b"].get<size_t>());
      }
      size_t ci = 0;
      for (const Json& f : g["claims"]) {
        const Json n = f["count"].is_object() ? f["count"] : Json::object();
        const Json row = Json::array({s["id"], gi, g["type"], g["unit"],
                                      g["place"].is_object() ? g["place"]["name"] : Json(""), g["agree"],
                                      g["independent_sources"], ci + 1, f["document"],
                                      f.contains("outlet_name") ? f["outlet_name"] : f["outlet"],
                                      f.value("published", Json("")), n.value("text", Json("")), n.value("value", Json()),
                                      n.value("min", Json()), n.value("max", Json()), n.value("approx", Json()),
                                      f["modality"], ChainText(f["chain"]), f["origin"], contra.count(ci) > 0, f["quote"]});
        std::string line;
        for (const Json& v : row) line += (line.empty() ? "" : ",") + CsvCell(v);
        out += line + "\r\n";
        ++ci;
      }
    }
  }
  return out;
}

Json PlacesGeoJson(const Json& bundle, int64_t story) {
  Json features = Json::array();
  for (const Json& s : bundle["stories"]) {
    if (story >= 0 && s["id"].get<int64_t>() != story) continue;
    for (const Json& p : s["places"]) {
      if (!p["lat"].is_number() || !p["lon"].is_number()) continue;
      features.push_back(Json{{"type", "Feature"},
                              {"geometry", {{"type", "Point"}, {"coordinates", Json::array({p["lon"], p["lat"]})}}},
                              {"properties", {{"id", p["id"]}, {"name", p["name"]}, {"precision", p["precision"]},
                                              {"claims", p.value("claims", 0)}, {"documents", p.value("documents", 0)},
                                              {"story", s["id"]}}}});
    }
  }
  return Json{{"type", "FeatureCollection"}, {"features", std::move(features)}};
}

Result<Json> WriteReportBundle(Store& store, const Engine& engine, const std::filesystem::path& out) {
  if (WebTemplate().empty()) {
    return Status::Unavailable("this isnad was built without its web front end (node and npm were not found "
                               "when it was configured); install them (scripts/install-deps.sh) and rebuild");
  }
  ISNAD_ASSIGN_OR_RETURN(std::vector<DocumentRow> rows, store.Documents(true));
  BundleOptions options;
  options.store = store.Describe();
  Json bundle = ReportBundle(rows, GazetteerParents(engine), options);
  const std::string page = RenderPage(bundle);
  std::error_code ec;
  if (out.has_parent_path()) std::filesystem::create_directories(out.parent_path(), ec);
  const std::filesystem::path tmp = out.string() + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return Status::IoError("cannot write " + tmp.string());
    f.write(page.data(), static_cast<std::streamsize>(page.size()));
    if (!f) return Status::IoError("cannot write " + tmp.string() + " (disk full?)");
  }
  std::filesystem::rename(tmp, out, ec);
  if (ec) return Status::IoError("cannot write " + out.string() + ": " + ec.message());
  return bundle;
}

Status WriteReport(Store& store, const Engine& engine, const std::filesystem::path& out) {
  auto r = WriteReportBundle(store, engine, out);
  return r.ok() ? Status::Ok() : r.status();
}

}  // namespace isnad
