// Stories and claim groups: what `isnad stories` shows. Documents come grouped into stories by
// the store (see store/signature.h). Within a story, claims with a count are grouped when they
// are about the same event type and unit, at compatible places (the same place, one inside the
// other, or the same governorate) and in overlapping time (unknown time overlaps everything).
//
// For each group:
//  * every source's figure with its chain and quote;
//  * agree: whether all figures can be true together — their intervals overlap once the
//    approximators' slack is allowed («نحو 70» is 56–84; «عشرات» is 20–99);
//  * contradictions: pairs of figures that cannot both be true, and any denied or disputed
//    claim against an asserted one;
//  * independent_sources: the number of distinct original sources. A claim's origin is the
//    innermost link of its chain (the person, agency or organisation quoted; the outlet when
//    nobody is); anonymous sources are distinct per outlet; a near-copy document counts as the
//    original's outlet. Two outlets quoting the same journalist count once.
// Thread-safety: pure functions.
#ifndef ISNAD_STORIES_STORIES_H_
#define ISNAD_STORIES_STORIES_H_

#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "isnad/store.h"

namespace isnad {

// REQUIRES: rows carry their analysis (Store::Documents(true)).
// `parents` maps a place id to its admin parent id (from the gazetteer), for place
// compatibility; it may be empty.
nlohmann::ordered_json BuildStories(const std::vector<DocumentRow>& rows,
                                    const std::unordered_map<std::string, std::string>& parents);

// A readable summary of BuildStories()' output for a terminal.
std::string StoriesSummary(const nlohmann::ordered_json& stories);

}  // namespace isnad

#endif  // ISNAD_STORIES_STORIES_H_
