// `isnad search`: Arabic-aware full-text search over stored documents. The query is folded
// exactly as documents are indexed (normalized, clitics off, light-stemmed), so «استسلام
// الباغوز» finds «واستسلم … بالباغوز»; results are ranked by BM25 (SQLite FTS5; ts_rank on
// PostgreSQL), filtered by outlet, date range, actor, place and claim type, and each comes
// with a snippet of the original text with the matching words marked.
#ifndef ISNAD_PIPELINE_SEARCH_H_
#define ISNAD_PIPELINE_SEARCH_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "isnad/store.h"
#include "isnad/status.h"

namespace isnad {

struct SearchRequest {
  std::string query;
  std::vector<std::string> outlets, actors, places, types;
  std::string from, to;  // YYYY-MM-DD
  int limit = 20;
};

Result<nlohmann::ordered_json> SearchStore(Store& store, const SearchRequest& request);

// A readable table of SearchStore()'s result; `color` marks matches with ANSI bold.
std::string SearchTable(const nlohmann::ordered_json& result, bool color);

}  // namespace isnad

#endif  // ISNAD_PIPELINE_SEARCH_H_
