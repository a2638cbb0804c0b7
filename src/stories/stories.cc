#include "stories/stories.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace isnad {
namespace {

using Json = nlohmann::ordered_json;
constexpr double kInf = std::numeric_limits<double>::infinity();

struct Figure {
  double lo = 0, hi = kInf;  // with slack
};

// The interval a count allows. Approximators («نحو», «حوالي») get ±20%: «نحو سبعين» and «70»
// agree, «نحو سبعين» and «150» do not.
Figure FigureOf(const Json& count) {
  Figure f;
  auto num = [](const Json& v) { return v.is_number() ? std::optional<double>(v.get<double>()) : std::nullopt; };
  const auto value = num(count.value("value", Json()));
  auto lo = num(count.value("min", Json()));
  auto hi = num(count.value("max", Json()));
  if (!lo && value) lo = value;
  if (!hi && value && count.value("max", Json()).is_number()) hi = value;
  f.lo = lo.value_or(0);
  f.hi = hi.value_or(kInf);
  if (count.value("approx", false)) {
    f.lo *= 0.8;
    if (f.hi != kInf) f.hi *= 1.2;
  }
  return f;
}

bool Overlap(const Figure& a, const Figure& b) { return a.lo <= b.hi && b.lo <= a.hi; }

std::string Governorate(const std::string& id, const std::unordered_map<std::string, std::string>& parents) {
  std::string cur = id;
  std::string last = id;
  for (int i = 0; i < 6; ++i) {
    auto it = parents.find(cur);
    if (it == parents.end() || it->second.empty()) break;
    last = cur;
    cur = it->second;
    if (cur.rfind("cc:", 0) == 0) return last;  // the level under the country
  }
  return last;
}

bool Ancestor(const std::string& a, const std::string& b, const std::unordered_map<std::string, std::string>& parents) {
  std::string cur = b;
  for (int i = 0; i < 8; ++i) {
    if (cur == a) return true;
    auto it = parents.find(cur);
    if (it == parents.end()) return false;
    cur = it->second;
  }
  return false;
}

bool PlacesCompatible(const Json& a, const Json& b, const std::unordered_map<std::string, std::string>& parents) {
  if (!a.is_object() || !b.is_object()) return true;
  const std::string x = a.value("id", ""), y = b.value("id", "");
  if (x.empty() || y.empty() || x == y) return true;
  if (Ancestor(x, y, parents) || Ancestor(y, x, parents)) return true;
  return Governorate(x, parents) == Governorate(y, parents);
}

bool TimesCompatible(const Json& a, const Json& b) {
  if (!a.is_object() || !b.is_object()) return true;
  const Json& as = a["start"]; const Json& ae = a["end"];
  const Json& bs = b["start"]; const Json& be = b["end"];
  if (!as.is_string() || !ae.is_string() || !bs.is_string() || !be.is_string()) return true;
  return as.get<std::string>() <= be.get<std::string>() && bs.get<std::string>() <= ae.get<std::string>();
}

// Where a claim comes from, for counting independent sources, and why.
std::pair<std::string, std::string> Origin(const Json& claim, const std::string& outlet) {
  const Json& chain = claim["source"]["chain"];
  if (!chain.is_array() || chain.empty()) return {"outlet:" + outlet, "the outlet's own reporting"};
  const Json& last = chain.back();
  const std::string kind = last.value("kind", "");
  const std::string id = last.value("id", "");
  const std::string name = last.value("name", "");
  if (chain.size() == 1) return {"outlet:" + (id.empty() ? outlet : id), "the outlet's own reporting"};
  if (kind == "anonymous") {
    return {"anonymous:" + outlet + ":" + name, "an unnamed source of " + outlet};
  }
  return {kind + ":" + (id.empty() ? name : id), "quotes " + (name.empty() ? id : name)};
}

struct GroupClaim {
  Json claim;
  std::string doc, outlet, duplicate_of;
  Figure fig;
};

struct Group {
  std::string type, unit;
  Json place;
  Json time;
  std::vector<GroupClaim> claims;
};

Json GroupJson(const Group& g) {
  Json j;
  j["type"] = g.type;
  j["unit"] = g.unit;
  j["place"] = g.place.is_object() ? Json{{"id", g.place.value("id", "")}, {"name", g.place.value("name", "")}} : Json(nullptr);
  Json claims = Json::array();
  std::map<std::string, std::vector<int>> origins;
  std::map<std::string, std::string> reasons;
  for (size_t i = 0; i < g.claims.size(); ++i) {
    const GroupClaim& c = g.claims[i];
    auto [key, why] = Origin(c.claim, c.outlet);
    if (!c.duplicate_of.empty()) {
      key = "copy-of:" + c.duplicate_of;
      why = "near copy of document " + c.duplicate_of;
    }
    origins[key].push_back(static_cast<int>(i));
    reasons[key] = why;
    Json x;
    x["document"] = c.doc;
    x["outlet"] = c.outlet;
    x["count"] = c.claim["count"];
    x["modality"] = c.claim["modality"];
    x["chain"] = c.claim["source"]["chain"];
    x["quote"] = c.claim["evidence"]["quote"];
    x["evidence"] = Json{{"start", c.claim["evidence"]["start"]}, {"end", c.claim["evidence"]["end"]}};
    x["origin"] = key;
    claims.push_back(std::move(x));
  }
  j["claims"] = std::move(claims);
  // Agreement and contradictions.
  Json contradictions = Json::array();
  bool agree = true;
  for (size_t a = 0; a < g.claims.size(); ++a) {
    for (size_t b = a + 1; b < g.claims.size(); ++b) {
      const GroupClaim& x = g.claims[a];
      const GroupClaim& y = g.claims[b];
      const std::string mx = x.claim.value("modality", ""), my = y.claim.value("modality", "");
      std::string reason;
      const bool x_neg = mx == "denied" || mx == "disputed";
      const bool y_neg = my == "denied" || my == "disputed";
      if (x_neg != y_neg && (mx == "asserted" || my == "asserted")) {
        reason = (x_neg ? mx : my) + " against an asserted claim";
      } else if (!x_neg && !y_neg && !Overlap(x.fig, y.fig)) {
        reason = "figures cannot both be true";
      }
      if (!reason.empty()) {
        agree = false;
        contradictions.push_back(Json{{"a", a}, {"b", b}, {"reason", reason}});
      }
    }
  }
  j["agree"] = agree;
  j["contradictions"] = std::move(contradictions);
  j["independent_sources"] = origins.size();
  Json sources = Json::array();
  for (const auto& [key, idx] : origins) {
    sources.push_back(Json{{"origin", key}, {"claims", idx}, {"reason", reasons[key]}});
  }
  j["sources"] = std::move(sources);
  return j;
}

}  // namespace

Json BuildStories(const std::vector<DocumentRow>& rows,
                  const std::unordered_map<std::string, std::string>& parents) {
  std::map<int64_t, std::vector<const DocumentRow*>> by_story;
  for (const DocumentRow& r : rows) by_story[r.story].push_back(&r);
  Json stories = Json::array();
  for (const auto& [story, docs] : by_story) {
    Json s;
    s["id"] = story;
    Json documents = Json::array();
    std::set<std::string> place_names;
    std::map<std::string, Json> places;
    std::string first, last;
    std::vector<Group> groups;
    for (const DocumentRow* r : docs) {
      Json d{{"id", r->id}, {"path", r->path.empty() ? Json(nullptr) : Json(r->path)}, {"title", r->title},
             {"outlet", r->outlet_id.empty() ? Json(nullptr) : Json{{"id", r->outlet_id}, {"name", r->outlet_name}}},
             {"published", r->published.empty() ? Json(nullptr) : Json(r->published)}};
      if (!r->duplicate_of.empty()) d["near_copy_of"] = r->duplicate_of;
      documents.push_back(std::move(d));
      if (!r->published.empty()) {
        const std::string day = r->published.substr(0, 10);
        if (first.empty() || day < first) first = day;
        if (last.empty() || day > last) last = day;
      }
      const Json a = Json::parse(r->analysis, nullptr, false);
      if (a.is_discarded()) continue;
      for (const Json& e : a["entities"]) {
        if (e.value("kind", "") == "place" && !places.count(e.value("id", ""))) {
          places[e.value("id", "")] = Json{{"id", e["id"]}, {"name", e["name"]}, {"lat", e["lat"]},
                                           {"lon", e["lon"]}, {"precision", e["precision"]}};
        }
      }
      for (const Json& c : a["claims"]) {
        if (!c["count"].is_object()) continue;
        GroupClaim gc{c, r->id, r->outlet_id, r->duplicate_of, FigureOf(c["count"])};
        const std::string type = c.value("type", ""), unit = c["count"].value("unit", "");
        Group* target = nullptr;
        for (Group& g : groups) {
          if (g.type == type && g.unit == unit && PlacesCompatible(g.place, c["place"], parents) &&
              TimesCompatible(g.time, c["time"])) {
            target = &g;
            break;
          }
        }
        if (!target) {
          groups.push_back(Group{type, unit, c["place"], c["time"], {}});
          target = &groups.back();
        }
        // The group's place is its most specific one so far.
        if (!target->place.is_object() && c["place"].is_object()) target->place = c["place"];
        target->claims.push_back(std::move(gc));
      }
    }
    s["documents"] = std::move(documents);
    Json pl = Json::array();
    for (auto& [id, p] : places) pl.push_back(p);
    s["places"] = std::move(pl);
    s["date_span"] = first.empty() ? Json(nullptr) : Json{{"start", first}, {"end", last}};
    Json gj = Json::array();
    // Groups with several documents first: that is where sources can be compared.
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
      return a.claims.size() > b.claims.size();
    });
    for (const Group& g : groups) gj.push_back(GroupJson(g));
    s["groups"] = std::move(gj);
    stories.push_back(std::move(s));
  }
  return Json{{"stories", std::move(stories)}};
}

std::string StoriesSummary(const Json& j) {
  std::string out;
  for (const Json& s : j["stories"]) {
    out += "Story " + std::to_string(s["id"].get<int64_t>()) + " — " +
           std::to_string(s["documents"].size()) + " documents";
    if (s["date_span"].is_object()) {
      out += ", " + s["date_span"]["start"].get<std::string>() + " to " + s["date_span"]["end"].get<std::string>();
    }
    out += "\n";
    for (const Json& d : s["documents"]) {
      out += "  · " + (d["outlet"].is_object() ? d["outlet"]["name"].get<std::string>() : std::string("?")) +
             ": " + d["title"].get<std::string>() + (d.contains("near_copy_of") ? " (near copy)" : "") + "\n";
    }
    for (const Json& g : s["groups"]) {
      if (g["claims"].size() < 2) continue;
      out += "  ▸ " + g["type"].get<std::string>() + " / " + g["unit"].get<std::string>();
      if (g["place"].is_object()) out += " @ " + g["place"]["name"].get<std::string>();
      out += ": " + std::to_string(g["claims"].size()) + " figures, " +
             std::to_string(g["independent_sources"].get<int>()) + " independent sources, " +
             (g["agree"].get<bool>() ? "agree" : "CONTRADICT") + "\n";
      for (const Json& c : g["claims"]) {
        const Json& n = c["count"];
        std::string fig = n["text"].get<std::string>();
        std::string chain;
        for (const Json& l : c["chain"]) chain += (chain.empty() ? "" : " ← ") + l.value("name", "");
        out += "      " + fig + " [" + c["modality"].get<std::string>() + "] " + chain + "\n";
      }
    }
  }
  return out;
}

}  // namespace isnad
