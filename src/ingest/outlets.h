// OutletDirectory: the news outlets and agencies isnad knows (data/dict/outlets.tsv plus any
// user files), with every alias in a PhraseMatcher and every web domain in a map, so that a
// byline «الجزيرة نت-خاص», a credit «المصدر : الجزيرة», a self-reference «لـ"عربي21"» or an
// address such as https://www.aljazeera.net/... all lead to one outlet id.
// Thread-safety: immutable after Load(); share freely.
#ifndef ISNAD_INGEST_OUTLETS_H_
#define ISNAD_INGEST_OUTLETS_H_

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "isnad/status.h"
#include "lexicon/phrase_matcher.h"

namespace isnad {

struct OutletEntry {
  std::string id;
  std::string name_ar;
  std::string name_en;
  std::string kind;  // "outlet" or "agency"
  std::string country;
};

class OutletDirectory {
 public:
  OutletDirectory() = default;
  OutletDirectory(const OutletDirectory&) = delete;
  OutletDirectory& operator=(const OutletDirectory&) = delete;
  OutletDirectory(OutletDirectory&&) = default;
  OutletDirectory& operator=(OutletDirectory&&) = default;

  // Loads each file in order; later files may add outlets or aliases to existing ids.
  static Result<OutletDirectory> Load(const std::vector<std::filesystem::path>& files);

  const std::vector<OutletEntry>& entries() const { return entries_; }
  const OutletEntry& entry(uint32_t i) const { return entries_[i]; }
  const PhraseMatcher& matcher() const { return matcher_; }

  // Outlet named by a free string: an id ("aljazeera"), an alias ("BBC", «الجزيرة نت»).
  std::optional<uint32_t> FindByName(std::string_view name) const;
  // Outlet owning the host of `url` (subdomains included).
  std::optional<uint32_t> FindByUrl(std::string_view url) const;

 private:
  Status AddFile(const std::filesystem::path& file);

  std::vector<OutletEntry> entries_;
  std::unordered_map<std::string, uint32_t> by_id_;
  std::unordered_map<std::string, uint32_t> by_domain_;
  PhraseMatcher matcher_;
};

}  // namespace isnad

#endif  // ISNAD_INGEST_OUTLETS_H_
