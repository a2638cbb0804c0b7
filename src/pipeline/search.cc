#include "pipeline/search.h"

#include <algorithm>
#include <unordered_set>

#include "ingest/html_text.h"
#include "pipeline/stored.h"
#include "tokenize/text_layers.h"

namespace isnad {

using Json = nlohmann::ordered_json;

namespace {

// The window of ±12 words around the first matching word, with the matches marked as byte
// ranges of the snippet and of the input.
Json Snippet(const std::string& input, const std::unordered_set<std::string>& stems) {
  std::string text = input;
  std::vector<uint32_t> input_of;
  if (LooksLikeHtml(input)) {
    HtmlExtract x = ExtractHtml(input);
    text = std::move(x.text);
    input_of = std::move(x.input_of);
  }
  TextLayers l;
  l.Build(text);
  std::vector<uint32_t> hits;
  for (uint32_t i = 0; i < l.tokens.size(); ++i) {
    const Token& t = l.tokens[i];
    const std::string key = t.kind == TokenKind::kWord ? SearchKey(TokenStem(l.norm, t))
                                                       : std::string(TokenText(l.norm, t));
    if (stems.count(key)) hits.push_back(i);
  }
  if (hits.empty()) return nullptr;
  const uint32_t first = hits.front() > 12 ? hits.front() - 12 : 0;
  const uint32_t last = std::min<uint32_t>(static_cast<uint32_t>(l.tokens.size()), hits.front() + 13);
  const uint32_t b = l.tokens[first].begin, e = l.tokens[last - 1].end;
  Json marks = Json::array();
  for (uint32_t h : hits) {
    if (h < first || h >= last) continue;
    const Token& t = l.tokens[h];
    const uint32_t in_b = input_of.empty() ? t.begin : input_of[t.begin];
    const uint32_t in_e = input_of.empty() ? t.end : input_of[t.end];
    marks.push_back(Json{{"start", t.begin - b}, {"end", t.end - b}, {"input_start", in_b}, {"input_end", in_e}});
  }
  return Json{{"text", text.substr(b, e - b)}, {"marks", std::move(marks)}, {"truncated_start", first > 0},
              {"truncated_end", last < l.tokens.size()}};
}

}  // namespace

Result<Json> SearchStore(Store& store, const SearchRequest& r) {
  const std::vector<std::string> stems = QueryStems(r.query);
  if (stems.empty()) return Status::InvalidArgument("the query has no words to search for");
  SearchQuery q;
  q.match = MatchExpression(stems);
  for (const auto& o : r.outlets) q.facets.push_back("outlet:" + o);
  for (const auto& a : r.actors) q.facets.push_back("actor:" + a);
  for (const auto& p : r.places) q.facets.push_back("place:" + p);
  for (const auto& t : r.types) q.facets.push_back("type:" + t);
  q.from = r.from;
  q.to = r.to;
  q.limit = r.limit;
  ISNAD_ASSIGN_OR_RETURN(std::vector<SearchHit> hits, store.Search(q));
  const std::unordered_set<std::string> stem_set(stems.begin(), stems.end());
  Json results = Json::array();
  for (const SearchHit& h : hits) {
    ISNAD_ASSIGN_OR_RETURN(std::optional<DocumentRow> row, store.Document(h.id));
    if (!row) continue;
    results.push_back(Json{{"id", row->id},
                           {"title", row->title},
                           {"outlet", row->outlet_id.empty() ? Json(nullptr) : Json{{"id", row->outlet_id}, {"name", row->outlet_name}}},
                           {"published", row->published.empty() ? Json(nullptr) : Json(row->published)},
                           {"path", row->path.empty() ? Json(nullptr) : Json(row->path)},
                           {"story", row->story},
                           {"score", h.score},
                           {"snippet", Snippet(row->input, stem_set)}});
  }
  return Json{{"query", r.query}, {"stems", stems}, {"results", std::move(results)}};
}

std::string SearchTable(const Json& j, bool color) {
  std::string out;
  int n = 0;
  for (const Json& r : j["results"]) {
    ++n;
    out += std::to_string(n) + ". " + r["title"].get<std::string>() + "\n   ";
    out += (r["outlet"].is_object() ? r["outlet"]["name"].get<std::string>() : std::string("?")) + " · " +
           (r["published"].is_string() ? r["published"].get<std::string>() : std::string("undated")) +
           " · story " + std::to_string(r["story"].get<int64_t>()) + "\n";
    if (r["snippet"].is_object()) {
      const std::string text = r["snippet"]["text"];
      std::string line = r["snippet"]["truncated_start"].get<bool>() ? "…" : "";
      size_t pos = 0;
      for (const Json& m : r["snippet"]["marks"]) {
        const size_t b = m["start"], e = m["end"];
        line += text.substr(pos, b - pos);
        line += color ? "\x1b[1;33m" : "«";
        line += text.substr(b, e - b);
        line += color ? "\x1b[0m" : "»";
        pos = e;
      }
      line += text.substr(pos);
      if (r["snippet"]["truncated_end"].get<bool>()) line += "…";
      for (char& c : line) {
        if (c == '\n') c = ' ';
      }
      out += "   " + line + "\n";
    }
  }
  if (n == 0) out = "no documents match\n";
  return out;
}

}  // namespace isnad
