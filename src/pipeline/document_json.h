// JSON for `isnad analyze` and `isnad spans` (see the SPEC): one object per document with its
// `doc` description and the `entities` and `claims` arrays, and the per-layer span listings.
// Offsets in the output are byte offsets into the input as read (Document::ToInput).
// Thread-safety: pure functions.
#ifndef ISNAD_PIPELINE_DOCUMENT_JSON_H_
#define ISNAD_PIPELINE_DOCUMENT_JSON_H_

#include <nlohmann/json.hpp>

#include <string>

#include "isnad/document.h"
#include "isnad/entity.h"
#include "pipeline/engine.h"

namespace isnad {

// A whole `isnad analyze` record as JSON text (one line, or indented by two spaces when
// `pretty`): the SPEC's `doc` object plus `zones` (how the page was read) and `diagnostics`,
// the `entities` array and the `claims` array; `explain` adds each claim's "explain" object.
// Written straight to text (no intermediate JSON tree): this is on the hot path of `analyze`
// and `ingest`.
std::string AnalyzeJson(const Analysis& analysis, bool explain = false, bool pretty = false);

// {"start", "end", "text"} for a span of doc.text, in input coordinates.
nlohmann::ordered_json SpanJson(const Document& doc, Span s);

}  // namespace isnad

#endif  // ISNAD_PIPELINE_DOCUMENT_JSON_H_
