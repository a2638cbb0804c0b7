// Report: what `isnad report` writes and `isnad serve` shows. Everything the front end (web/)
// needs is gathered here into one JSON *bundle*: the stories of BuildStories() with, for every
// figure of a claim group, its outlet, date and the paragraph its quote sits in; per story the
// places with coordinates (for the map), a timeline of dated claims and publications, and the
// document list; per document its display text with zones and claim spans as UTF-16 offsets
// (what JavaScript strings index), so the page never converts UTF-8 byte offsets itself.
//
// The page is one HTML file built by web/build.mjs (script, styles, Leaflet, fonts and map
// outlines inlined) and embedded in the binary; RenderPage() inlines a bundle into it, so the
// report opens offline from a file.
//
// Thread-safety: pure functions over their arguments; Store calls need the caller's Store.
#ifndef ISNAD_REPORT_REPORT_H_
#define ISNAD_REPORT_REPORT_H_

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "isnad/status.h"
#include "isnad/store.h"
#include "pipeline/engine.h"

namespace isnad {

struct BundleOptions {
  std::string mode = "report";   // "report" or "serve"
  bool document_text = true;     // include each document's text (the served app fetches it)
  std::string store;             // shown on the page: the store it was made from
};

// REQUIRES: rows carry their analysis and input (Store::Documents(true)).
nlohmann::ordered_json ReportBundle(const std::vector<DocumentRow>& rows,
                                    const std::unordered_map<std::string, std::string>& parents,
                                    const BundleOptions& options);

// One document as the document view shows it (text, zones, claims in UTF-16 offsets).
nlohmann::ordered_json DocumentView(const DocumentRow& row);

// A place id -> admin parent id map from the engine's gazetteer (for claim grouping).
std::unordered_map<std::string, std::string> GazetteerParents(const Engine& engine);

// The page template built by web/build.mjs; empty when isnad was built without node/npm.
std::string_view WebTemplate();

// The page with `data` inlined (or, for the served app, {"isnad":{"mode":"serve"}}).
// REQUIRES: !WebTemplate().empty()
std::string RenderPage(const nlohmann::ordered_json& data);

// The ledger (one line per figure of every claim group) as CSV, and the places of every story
// with coordinates as a GeoJSON FeatureCollection; `story` < 0 means all stories.
std::string LedgerCsv(const nlohmann::ordered_json& bundle, int64_t story = -1);
nlohmann::ordered_json PlacesGeoJson(const nlohmann::ordered_json& bundle, int64_t story = -1);

// Reads the whole store and writes the self-contained HTML report to `out`.
Status WriteReport(Store& store, const Engine& engine, const std::filesystem::path& out);

// As WriteReport, also returning the bundle (for --csv / --geojson).
Result<nlohmann::ordered_json> WriteReportBundle(Store& store, const Engine& engine,
                                                 const std::filesystem::path& out);

}  // namespace isnad

#endif  // ISNAD_REPORT_REPORT_H_
