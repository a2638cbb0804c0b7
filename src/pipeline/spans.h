// `isnad spans`: each analysis layer of a document as a list of spans, so every stage can be
// inspected and tested on its own. Spans are byte offsets into the input as read, with the
// original text and the layer's fields (tokens: norm, stem, clitics; numbers: value, min, max,
// approx; dates: start, end, relative).
#ifndef ISNAD_PIPELINE_SPANS_H_
#define ISNAD_PIPELINE_SPANS_H_

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isnad/document.h"
#include "isnad/status.h"
#include "pipeline/engine.h"

namespace isnad {

std::vector<std::string> SpanKinds();
// "YYYY-MM-DD" for --reference-date.
Result<CivilDate> ParseReferenceDate(std::string_view s);
nlohmann::ordered_json SpansJson(const Analysis& analysis, const std::string& kind);

}  // namespace isnad

#endif  // ISNAD_PIPELINE_SPANS_H_
