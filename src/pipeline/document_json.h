// JSON for `isnad analyze` and `isnad spans` (see the SPEC): one object per document with its
// `doc` description and the `entities` and `claims` arrays, and the per-layer span listings.
// Offsets in the output are byte offsets into the input as read (Document::ToInput).
// Thread-safety: pure functions.
#ifndef ISNAD_PIPELINE_DOCUMENT_JSON_H_
#define ISNAD_PIPELINE_DOCUMENT_JSON_H_

#include <nlohmann/json.hpp>

#include "isnad/document.h"
#include "isnad/entity.h"
#include "pipeline/engine.h"

namespace isnad {

// The SPEC's `doc` object, plus `zones` (how the page was read) and `diagnostics`.
nlohmann::ordered_json DocJson(const Document& doc);

// The SPEC's `entities` array.
nlohmann::ordered_json EntitiesJson(const Document& doc, const DocumentEntities& entities);

// The SPEC's `claims` array; `explain` adds each claim's "explain" object.
nlohmann::ordered_json ClaimsJson(const Document& doc, const std::vector<Claim>& claims,
                                  bool explain);

// A whole `isnad analyze` record.
nlohmann::ordered_json AnalyzeJson(const Analysis& analysis, bool explain = false);

// {"start", "end", "text"} for a span of doc.text, in input coordinates.
nlohmann::ordered_json SpanJson(const Document& doc, Span s);

}  // namespace isnad

#endif  // ISNAD_PIPELINE_DOCUMENT_JSON_H_
