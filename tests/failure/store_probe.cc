// store_probe: what the failure tests (tests/failure/*.sh) need to look inside a store without
// trusting the code under test to do it, and without the sqlite3 or psql programs.
//
//   store_probe count URL          number of stored documents (0 when the store is not there
//                                  yet); never creates or migrates anything
//   store_probe check URL          every stored document complete: its analysis JSON parses
//                                  and names it, its full-text row exists, no terms or facets
//                                  of documents that are not there, every story exists, and
//                                  SQLite's own integrity checks pass; prints "ok N"
//   store_probe lock PATH SECONDS  holds a SQLite write lock (BEGIN EXCLUSIVE) for SECONDS;
//                                  prints "locked" once it holds it
//   store_probe inputs PATH...     "ACCEPTED DISTINCT": documents the reader accepts in PATH
//                                  and how many distinct ids (content hashes) they have
//   store_probe corpus OUT N       writes N distinct JSONL documents made from the seed reports
//                                  (when no larger corpus is at hand)
// Exit status 0 on success, 1 when a check fails (with the reason on standard error), 2 on
// usage errors.
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "pipeline/engine.h"

namespace {

bool IsPostgres(const std::string& url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

std::string SqlitePath(const std::string& url) {
  return url.rfind("sqlite://", 0) == 0 ? url.substr(9) : url;
}

int Fail(const std::string& why) {
  std::fprintf(stderr, "store_probe: %s\n", why.c_str());
  return 1;
}

// The complete-document check shared by both back ends: analysis is JSON naming the id.
bool AnalysisOk(const std::string& id, const std::string& analysis, std::string* why) {
  const auto j = nlohmann::json::parse(analysis, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    *why = "document " + id + ": analysis is not JSON";
    return false;
  }
  if (!j.contains("doc") || j["doc"].value("id", "") != id) {
    *why = "document " + id + ": analysis names another document";
    return false;
  }
  return true;
}

// --- SQLite ---------------------------------------------------------------------------------

struct Db {
  sqlite3* db = nullptr;
  ~Db() { sqlite3_close(db); }
};

// Runs `sql`, calling row(stmt) per row; false (and *why) on error.
template <typename F>
bool Each(sqlite3* db, const std::string& sql, F row, std::string* why) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
    *why = sql + ": " + sqlite3_errmsg(db);
    return false;
  }
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) row(s);
  sqlite3_finalize(s);
  if (rc != SQLITE_DONE) {
    *why = sql + ": " + sqlite3_errmsg(db);
    return false;
  }
  return true;
}

std::string Text(sqlite3_stmt* s, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
  return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(s, i))) : "";
}

int SqliteCount(const std::string& path) {
  if (!std::filesystem::exists(path)) {
    std::puts("0");
    return 0;
  }
  Db d;
  if (sqlite3_open_v2(path.c_str(), &d.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    return Fail(path + ": " + sqlite3_errmsg(d.db));
  }
  sqlite3_busy_timeout(d.db, 5000);
  int64_t n = 0;
  std::string why;
  bool has_table = false;
  if (!Each(d.db, "SELECT 1 FROM sqlite_master WHERE name = 'documents'",
            [&](sqlite3_stmt*) { has_table = true; }, &why)) {
    return Fail(why);
  }
  if (has_table &&
      !Each(d.db, "SELECT count(*) FROM documents", [&](sqlite3_stmt* s) { n = sqlite3_column_int64(s, 0); },
            &why)) {
    return Fail(why);
  }
  std::printf("%lld\n", static_cast<long long>(n));
  return 0;
}

int SqliteCheck(const std::string& path) {
  Db d;
  if (sqlite3_open_v2(path.c_str(), &d.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    return Fail(path + ": " + sqlite3_errmsg(d.db));
  }
  sqlite3_busy_timeout(d.db, 5000);
  std::string why, integrity;
  if (!Each(d.db, "PRAGMA integrity_check", [&](sqlite3_stmt* s) { integrity += Text(s, 0); }, &why)) {
    return Fail(why);
  }
  if (integrity != "ok") return Fail(path + ": integrity_check: " + integrity);
  // FTS5's own check that the index matches what was inserted (it reads, writes nothing).
  if (!Each(d.db, "INSERT INTO doc_fts(doc_fts) VALUES('integrity-check')", [](sqlite3_stmt*) {}, &why)) {
    return Fail(why);
  }
  int64_t n = 0;
  std::string bad;
  const char* docs =
      "SELECT d.id, d.analysis, d.input, "
      "(SELECT count(*) FROM doc_fts_docsize f WHERE f.id = d.rowid), "
      "(SELECT count(*) FROM stories s WHERE s.id = d.story) FROM documents d";
  if (!Each(d.db, docs,
            [&](sqlite3_stmt* s) {
              ++n;
              const std::string id = Text(s, 0);
              std::string w;
              if (!bad.empty()) return;
              if (!AnalysisOk(id, Text(s, 1), &w)) bad = w;
              else if (Text(s, 2).empty()) bad = "document " + id + ": no input";
              else if (sqlite3_column_int64(s, 3) != 1) bad = "document " + id + ": no full-text row";
              else if (sqlite3_column_int64(s, 4) != 1) bad = "document " + id + ": its story is missing";
            },
            &why)) {
    return Fail(why);
  }
  if (!bad.empty()) return Fail(path + ": " + bad);
  int64_t fts_rows = 0, orphans = 0;
  if (!Each(d.db, "SELECT count(*) FROM doc_fts_docsize", [&](sqlite3_stmt* s) { fts_rows = sqlite3_column_int64(s, 0); }, &why) ||
      !Each(d.db,
            "SELECT (SELECT count(*) FROM doc_terms WHERE doc_id NOT IN (SELECT id FROM documents)) + "
            "(SELECT count(*) FROM doc_facets WHERE doc_id NOT IN (SELECT id FROM documents))",
            [&](sqlite3_stmt* s) { orphans = sqlite3_column_int64(s, 0); }, &why)) {
    return Fail(why);
  }
  if (fts_rows != n) return Fail(path + ": " + std::to_string(fts_rows) + " full-text rows for " + std::to_string(n) + " documents");
  if (orphans != 0) return Fail(path + ": " + std::to_string(orphans) + " terms or facets of documents not stored");
  std::printf("ok %lld\n", static_cast<long long>(n));
  return 0;
}

int SqliteLock(const std::string& path, int seconds) {
  Db d;
  if (sqlite3_open_v2(path.c_str(), &d.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    return Fail(path + ": " + sqlite3_errmsg(d.db));
  }
  sqlite3_busy_timeout(d.db, 5000);
  char* err = nullptr;
  if (sqlite3_exec(d.db, "BEGIN EXCLUSIVE", nullptr, nullptr, &err) != SQLITE_OK) {
    const std::string e = err ? err : "failed";
    sqlite3_free(err);
    return Fail(path + ": BEGIN EXCLUSIVE: " + e);
  }
  std::puts("locked");
  std::fflush(stdout);
  ::sleep(static_cast<unsigned>(seconds));
  sqlite3_exec(d.db, "ROLLBACK", nullptr, nullptr, nullptr);
  return 0;
}

// --- PostgreSQL -----------------------------------------------------------------------------

struct Pg {
  PGconn* c = nullptr;
  ~Pg() { PQfinish(c); }
};

struct PgRes {
  PGresult* r = nullptr;
  ~PgRes() { PQclear(r); }
  bool ok() const {
    const ExecStatusType s = PQresultStatus(r);
    return s == PGRES_TUPLES_OK || s == PGRES_COMMAND_OK;
  }
};

int PgCount(const std::string& url) {
  Pg p;
  p.c = PQconnectdb(url.c_str());
  if (PQstatus(p.c) != CONNECTION_OK) return Fail(url + ": " + PQerrorMessage(p.c));
  PgRes r{PQexec(p.c, "SELECT CASE WHEN to_regclass('documents') IS NULL THEN 0 "
                      "ELSE (SELECT count(*) FROM documents) END")};
  if (!r.ok()) return Fail(url + ": " + PQresultErrorMessage(r.r));
  std::printf("%s\n", PQgetvalue(r.r, 0, 0));
  return 0;
}

int PgCheck(const std::string& url) {
  Pg p;
  p.c = PQconnectdb(url.c_str());
  if (PQstatus(p.c) != CONNECTION_OK) return Fail(url + ": " + PQerrorMessage(p.c));
  PgRes r{PQexec(p.c,
                 "SELECT d.id, d.analysis, d.input, d.search_tsv IS NOT NULL "
                 "AND (d.search_text = '' OR length(d.search_tsv) > 0), "
                 "EXISTS(SELECT 1 FROM stories s WHERE s.id = d.story) FROM documents d")};
  if (!r.ok()) return Fail(url + ": " + PQresultErrorMessage(r.r));
  const int n = PQntuples(r.r);
  for (int i = 0; i < n; ++i) {
    const std::string id = PQgetvalue(r.r, i, 0);
    std::string why;
    if (!AnalysisOk(id, PQgetvalue(r.r, i, 1), &why)) return Fail(url + ": " + why);
    if (PQgetlength(r.r, i, 2) == 0) return Fail(url + ": document " + id + ": no input");
    if (std::string(PQgetvalue(r.r, i, 3)) != "t") return Fail(url + ": document " + id + ": no full-text vector");
    if (std::string(PQgetvalue(r.r, i, 4)) != "t") return Fail(url + ": document " + id + ": its story is missing");
  }
  PgRes o{PQexec(p.c,
                 "SELECT (SELECT count(*) FROM doc_terms WHERE doc_id NOT IN (SELECT id FROM documents)) + "
                 "(SELECT count(*) FROM doc_facets WHERE doc_id NOT IN (SELECT id FROM documents))")};
  if (!o.ok()) return Fail(url + ": " + PQresultErrorMessage(o.r));
  if (std::string(PQgetvalue(o.r, 0, 0)) != "0") return Fail(url + ": terms or facets of documents not stored");
  std::printf("ok %d\n", n);
  return 0;
}

// --- Inputs ---------------------------------------------------------------------------------

std::filesystem::path DataDir() {
  const char* root = std::getenv("ISNAD_ROOT");
  return std::filesystem::path(root ? root : ".") / "data";
}

int Inputs(const std::vector<std::string>& paths) {
  auto engine = isnad::Engine::Create(isnad::EngineOptions{DataDir()});
  if (!engine.ok()) return Fail(engine.status().message());
  size_t accepted = 0;
  std::set<std::string> ids;
  (*engine)->reader().Read(paths, [&](isnad::Result<isnad::Document> d) {
    if (!d.ok()) return;
    ++accepted;
    ids.insert(d->id);
  });
  std::printf("%zu %zu\n", accepted, ids.size());
  return 0;
}

// N distinct reports: the seeds' texts, each numbered so that its content hash differs.
int Corpus(const std::string& out, int n) {
  std::vector<std::string> texts;
  for (const auto& e : std::filesystem::directory_iterator(DataDir() / "sample/seeds")) {
    std::ifstream f(e.path(), std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  if (texts.empty()) return Fail("no seed reports in " + (DataDir() / "sample/seeds").string());
  std::ofstream o(out, std::ios::binary);
  for (int i = 0; i < n; ++i) {
    nlohmann::json j;
    j["text"] = texts[static_cast<size_t>(i) % texts.size()] + "\n\nرقم " + std::to_string(i) + "\n";
    j["url"] = "https://example.org/report/" + std::to_string(i);
    o << j.dump() << '\n';
  }
  return o ? 0 : Fail("cannot write " + out);
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> a(argv + 1, argv + argc);
  if (a.size() == 2 && a[0] == "count") return IsPostgres(a[1]) ? PgCount(a[1]) : SqliteCount(SqlitePath(a[1]));
  if (a.size() == 2 && a[0] == "check") return IsPostgres(a[1]) ? PgCheck(a[1]) : SqliteCheck(SqlitePath(a[1]));
  if (a.size() == 3 && a[0] == "lock") return SqliteLock(SqlitePath(a[1]), std::atoi(a[2].c_str()));
  if (a.size() >= 2 && a[0] == "inputs") return Inputs({a.begin() + 1, a.end()});
  if (a.size() == 3 && a[0] == "corpus") return Corpus(a[1], std::atoi(a[2].c_str()));
  std::fprintf(stderr, "usage: store_probe count|check URL | lock PATH SECONDS | inputs PATH... | corpus OUT N\n");
  return 2;
}
