#include "web/server.h"

#include <httplib.h>

#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <regex>
#include <set>

#include "isnad/store.h"
#include "pipeline/search.h"
#include "report/report.h"
#include "stories/stories.h"

namespace isnad {

using Json = nlohmann::ordered_json;

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

void SendJson(httplib::Response& res, const Json& j, int status = 200) {
  res.status = status;
  res.set_content(j.dump(-1, ' ', false, Json::error_handler_t::replace), kJson);
}
void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, Json{{"error", message}, {"status", status}}, status);
}

// Rejects parameters an endpoint does not know, so a typo («qq=») is a 400, not a silent
// unfiltered answer.
bool OnlyParams(const httplib::Request& req, httplib::Response& res, const std::set<std::string>& known) {
  for (const auto& [key, value] : req.params) {
    if (!known.count(key)) {
      std::string list;
      for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
      SendError(res, 400, "unknown parameter '" + key + "'" + (list.empty() ? "" : "; this endpoint takes: " + list));
      return false;
    }
  }
  return true;
}

// A story id parameter: absent (-1), or a non-negative integer.
std::optional<int64_t> StoryParam(const httplib::Request& req, httplib::Response& res) {
  if (!req.has_param("story")) return -1;
  const std::string v = req.get_param_value("story");
  static const std::regex digits("[0-9]{1,15}");
  if (!std::regex_match(v, digits)) {
    SendError(res, 400, "story must be a story number, got '" + v + "'");
    return std::nullopt;
  }
  return std::stoll(v);
}

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

class App {
 public:
  App(std::unique_ptr<Store> store, const Engine& engine)
      : store_(std::move(store)), parents_(GazetteerParents(engine)) {}

  void Routes(httplib::Server& s) {
    s.Get("/", [this](const httplib::Request& q, httplib::Response& r) { Page(q, r); });
    s.Get("/index.html", [this](const httplib::Request& q, httplib::Response& r) { Page(q, r); });
    s.Get("/api/version", [this](const httplib::Request& q, httplib::Response& r) { Version(q, r); });
    s.Get("/api/bundle", [this](const httplib::Request& q, httplib::Response& r) { Bundle(q, r); });
    s.Get("/api/stories", [this](const httplib::Request& q, httplib::Response& r) { Stories(q, r); });
    s.Get(R"(/api/stories/([^/]*))", [this](const httplib::Request& q, httplib::Response& r) { StoryById(q, r); });
    s.Get("/api/documents", [this](const httplib::Request& q, httplib::Response& r) { Documents(q, r); });
    s.Get(R"(/api/documents/([^/]*))", [this](const httplib::Request& q, httplib::Response& r) { DocumentById(q, r); });
    s.Get("/api/search", [this](const httplib::Request& q, httplib::Response& r) { Search(q, r); });
    s.Get("/api/export/ledger.csv", [this](const httplib::Request& q, httplib::Response& r) { ExportCsv(q, r); });
    s.Get("/api/export/places.geojson", [this](const httplib::Request& q, httplib::Response& r) { ExportGeo(q, r); });
    s.Get(R"(/api(/.*)?)", [](const httplib::Request& q, httplib::Response& r) {
      SendError(r, 404, "no such API endpoint: " + q.path);
    });
    auto not_allowed = [](const httplib::Request& q, httplib::Response& r) {
      r.set_header("Allow", "GET");
      SendError(r, 405, "method " + q.method + " not allowed: isnad serve is read-only (GET)");
    };
    s.Post(".*", not_allowed);
    s.Put(".*", not_allowed);
    s.Patch(".*", not_allowed);
    s.Delete(".*", not_allowed);
    s.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request& q, httplib::Response& r) {
          if (!r.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          SendError(r, r.status, r.status == 404 ? "not found: " + q.path : "bad request");
          return httplib::Server::HandlerResponse::Handled;
        }));
    s.set_exception_handler([](const httplib::Request&, httplib::Response& r, std::exception_ptr ep) {
      std::string what = "internal error";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      SendError(r, 500, what);
    });
  }

 private:
  // The bundle for the current store contents; rebuilt when the document count changes.
  Result<std::shared_ptr<const Json>> CurrentBundle() {
    ISNAD_ASSIGN_OR_RETURN(int64_t n, store_->Count());
    if (bundle_ && n == bundle_count_) return bundle_;
    ISNAD_ASSIGN_OR_RETURN(std::vector<DocumentRow> rows, store_->Documents(true));
    BundleOptions o;
    o.mode = "serve";
    o.document_text = false;
    o.store = store_->Describe();
    bundle_ = std::make_shared<const Json>(ReportBundle(rows, parents_, o));
    bundle_count_ = static_cast<int64_t>(rows.size());
    return bundle_;
  }
  bool Fail(httplib::Response& res, const Status& s) {
    SendError(res, s.code() == StatusCode::kInvalidArgument ? 400 : s.code() == StatusCode::kNotFound ? 404 : 503,
              s.message());
    return false;
  }

  void Page(const httplib::Request& req, httplib::Response& res) {
    if (!OnlyParams(req, res, {})) return;
    if (WebTemplate().empty()) {
      res.status = 503;
      res.set_content("isnad was built without its web front end (node/npm missing at build time)", "text/plain; charset=utf-8");
      return;
    }
    res.set_content(RenderPage(Json{{"isnad", {{"mode", "serve"}}}}), "text/html; charset=utf-8");
  }
  void Version(const httplib::Request& req, httplib::Response& res) {
    if (!OnlyParams(req, res, {})) return;
    std::lock_guard<std::mutex> lock(mu_);
    auto n = store_->Count();
    if (!n.ok()) return (void)Fail(res, n.status());
    SendJson(res, Json{{"documents", *n}, {"store", store_->Describe()}});
  }
  void Bundle(const httplib::Request& req, httplib::Response& res) {
    if (!OnlyParams(req, res, {})) return;
    std::lock_guard<std::mutex> lock(mu_);
    auto b = CurrentBundle();
    if (!b.ok()) return (void)Fail(res, b.status());
    SendJson(res, **b);
  }
  void Stories(const httplib::Request& req, httplib::Response& res) {
    if (!OnlyParams(req, res, {})) return;
    std::lock_guard<std::mutex> lock(mu_);
    auto rows = store_->Documents(true);
    if (!rows.ok()) return (void)Fail(res, rows.status());
    SendJson(res, BuildStories(*rows, parents_));
  }
  void StoryById(const httplib::Request& req, httplib::Response& res) {
    if (!OnlyParams(req, res, {})) return;
    const std::string id = req.matches[1];
    static const std::regex digits("[0-9]{1,15}");
    if (!std::regex_match(id, digits)) return SendError(res, 400, "a story id is a number, got '" + id + "'");
    std::lock_guard<std::mutex> lock(mu_);
    auto b = CurrentBundle();
    if (!b.ok()) return (void)Fail(res, b.status());
    for (const Json& s : (**b)["stories"]) {
      if (s["id"].get<int64_t>() == std::stoll(id)) return SendJson(res, s);
    }
    SendError(res, 404, "no story " + id);
  }
  void Documents(const httplib::Request& req, httplib::Response& res) {
    if (!OnlyParams(req, res, {"story"})) return;
    auto story = StoryParam(req, res);
    if (!story) return;
    std::lock_guard<std::mutex> lock(mu_);
    auto rows = store_->Documents(false);
    if (!rows.ok()) return (void)Fail(res, rows.status());
    Json list = Json::array();
    for (const DocumentRow& r : *rows) {
      if (*story >= 0 && r.story != *story) continue;
      list.push_back(Json{{"id", r.id}, {"title", r.title},
                          {"outlet", r.outlet_id.empty() ? Json(nullptr) : Json{{"id", r.outlet_id}, {"name", r.outlet_name}}},
                          {"published", r.published.empty() ? Json(nullptr) : Json(r.published)},
                          {"path", r.path.empty() ? Json(nullptr) : Json(r.path)}, {"story", r.story}});
    }
    SendJson(res, Json{{"documents", std::move(list)}});
  }
  void DocumentById(const httplib::Request& req, httplib::Response& res) {
    if (!OnlyParams(req, res, {})) return;
    const std::string id = req.matches[1];
    static const std::regex hex("[0-9a-fA-F]{1,64}");
    if (!std::regex_match(id, hex)) return SendError(res, 400, "a document id is a hexadecimal content hash, got '" + id + "'");
    std::lock_guard<std::mutex> lock(mu_);
    auto row = store_->Document(id);
    if (!row.ok()) return (void)Fail(res, row.status());
    if (!*row) return SendError(res, 404, "no document " + id);
    Json d = DocumentView(**row);
    Json analysis = Json::parse((*row)->analysis, nullptr, false);
    d["analysis"] = analysis.is_discarded() ? Json(nullptr) : analysis;
    SendJson(res, d);
  }
  void Search(const httplib::Request& req, httplib::Response& res) {
    if (!OnlyParams(req, res, {"q", "outlet", "actor", "place", "type", "from", "to", "limit"})) return;
    SearchRequest r;
    r.query = req.get_param_value("q");
    if (r.query.empty()) return SendError(res, 400, "missing q: the words to search for");
    if (r.query.size() > 1000) return SendError(res, 400, "q is too long (more than 1000 bytes)");
    auto all = [&](const char* key) {
      std::vector<std::string> v;
      for (size_t i = 0; i < req.get_param_value_count(key); ++i) {
        const std::string x = req.get_param_value(key, i);
        if (!x.empty()) v.push_back(x);
      }
      return v;
    };
    r.outlets = all("outlet");
    r.actors = all("actor");
    r.places = all("place");
    r.types = all("type");
    static const std::set<std::string> kTypes = {"surrender", "agreement", "evacuation", "release", "transfer", "detention",
                                                 "attack", "control", "presence", "aid", "threat", "statement"};
    for (const auto& t : r.types) {
      if (!kTypes.count(t)) return SendError(res, 400, "unknown claim type '" + t + "'");
    }
    static const std::regex date("[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
    for (const char* key : {"from", "to"}) {
      const std::string v = req.get_param_value(key);
      if (!v.empty() && !std::regex_match(v, date)) {
        return SendError(res, 400, std::string(key) + " must be a date YYYY-MM-DD, got '" + v + "'");
      }
    }
    r.from = req.get_param_value("from");
    r.to = req.get_param_value("to");
    if (!r.from.empty() && !r.to.empty() && r.from > r.to) return SendError(res, 400, "from is after to");
    if (req.has_param("limit")) {
      const std::string v = req.get_param_value("limit");
      static const std::regex digits("[0-9]{1,4}");
      if (!std::regex_match(v, digits) || std::stoi(v) < 1 || std::stoi(v) > 1000) {
        return SendError(res, 400, "limit must be a number from 1 to 1000, got '" + v + "'");
      }
      r.limit = std::stoi(v);
    }
    std::lock_guard<std::mutex> lock(mu_);
    auto result = SearchStore(*store_, r);
    if (!result.ok()) return (void)Fail(res, result.status());
    SendJson(res, *result);
  }
  void ExportCsv(const httplib::Request& req, httplib::Response& res) {
    if (!OnlyParams(req, res, {"story"})) return;
    auto story = StoryParam(req, res);
    if (!story) return;
    std::lock_guard<std::mutex> lock(mu_);
    auto b = CurrentBundle();
    if (!b.ok()) return (void)Fail(res, b.status());
    res.set_header("Content-Disposition", "attachment; filename=\"isnad-ledger.csv\"");
    res.set_content(LedgerCsv(**b, *story), "text/csv; charset=utf-8");
  }
  void ExportGeo(const httplib::Request& req, httplib::Response& res) {
    if (!OnlyParams(req, res, {"story"})) return;
    auto story = StoryParam(req, res);
    if (!story) return;
    std::lock_guard<std::mutex> lock(mu_);
    auto b = CurrentBundle();
    if (!b.ok()) return (void)Fail(res, b.status());
    res.set_header("Content-Disposition", "attachment; filename=\"isnad-places.geojson\"");
    res.set_content(PlacesGeoJson(**b, *story).dump(2), "application/geo+json; charset=utf-8");
  }

  std::mutex mu_;
  std::unique_ptr<Store> store_;
  std::unordered_map<std::string, std::string> parents_;
  std::shared_ptr<const Json> bundle_;
  int64_t bundle_count_ = -1;
};

}  // namespace

Status Serve(const std::string& db_url, const Engine& engine, const std::string& host, int port) {
  if (port < 0 || port > 65535) return Status::InvalidArgument("--port must be 0 to 65535");
  ISNAD_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open(db_url));
  const std::string described = store->Describe();
  App app(std::move(store), engine);
  httplib::Server server;
  app.Routes(server);
  if (!IsLoopback(host)) {
    std::fprintf(stderr, "isnad serve: warning: listening on %s, not loopback: anyone who can reach it can read the store\n",
                 host.c_str());
  }
  int bound = port;
  if (port == 0) {
    bound = server.bind_to_any_port(host);
    if (bound <= 0) return Status::Unavailable("cannot bind to " + host);
  } else if (!server.bind_to_port(host, port)) {
    return Status::Unavailable("cannot bind to " + host + ":" + std::to_string(port) + " (in use?)");
  }
  const std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  std::printf("http://%s:%d/\n", shown.c_str(), bound);
  std::fflush(stdout);
  std::fprintf(stderr, "isnad serve: store %s at http://%s:%d/ — open it in a browser; Ctrl-C stops\n",
               described.c_str(), shown.c_str(), bound);
  if (!server.listen_after_bind()) return Status::Unavailable("the server stopped");
  return Status::Ok();
}

}  // namespace isnad
