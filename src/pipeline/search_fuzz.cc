// libFuzzer target: the search query path. Any bytes a user types are folded and stemmed
// (QueryStems), turned into an FTS expression (MatchExpression), and that expression must be
// accepted by SQLite's FTS5 — never a syntax error, whatever quotes, operators or stray bytes
// the query holds.
#include <sqlite3.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "pipeline/stored.h"

namespace {
sqlite3* Db() {
  static sqlite3* db = [] {
    sqlite3* d = nullptr;
    if (sqlite3_open(":memory:", &d) != SQLITE_OK) std::abort();
    if (sqlite3_exec(d, "CREATE VIRTUAL TABLE t USING fts5(x); INSERT INTO t VALUES('استسلم باغوز');",
                     nullptr, nullptr, nullptr) != SQLITE_OK) {
      std::abort();
    }
    return d;
  }();
  return db;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string query(reinterpret_cast<const char*>(data), size);
  const auto stems = isnad::QueryStems(query);
  if (stems.empty()) return 0;
  const std::string match = isnad::MatchExpression(stems);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(Db(), "SELECT count(*) FROM t WHERE t MATCH ?", -1, &st, nullptr) != SQLITE_OK) {
    std::abort();
  }
  sqlite3_bind_text(st, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
  const int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_ROW) std::abort();  // the expression was rejected: a query could break search
  return 0;
}
