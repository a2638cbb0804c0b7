// From an Analysis to what the store keeps: the search text (normalized, light-stemmed words
// of title and body), the facets search filters on, and the signature stories are built
// from. Also the query side: a search query folded exactly like documents are.
#ifndef ISNAD_PIPELINE_STORED_H_
#define ISNAD_PIPELINE_STORED_H_

#include <string>
#include <vector>

#include "isnad/store.h"
#include "pipeline/engine.h"

namespace isnad {

// `rarity` weighs the story stems (TF-IDF); without it every stem weighs its frequency.
StoredDocument ToStored(const Analysis& a, const StemRarity* rarity = nullptr);

// The form a light stem is indexed under: derived verbal nouns and imperfects folded to the
// past stem («استسلام», «يستسلم» -> «استسلم»).
std::string SearchKey(std::string_view stem);

// The stems of a query, as documents are indexed: «استسلام الباغوز» -> {استسلام, باغوز}.
std::vector<std::string> QueryStems(std::string_view query);

// An FTS expression (stems ANDed, each quoted) for QueryStems().
std::string MatchExpression(const std::vector<std::string>& stems);

}  // namespace isnad

#endif  // ISNAD_PIPELINE_STORED_H_
