#include "ingest/outlets.h"

#include "lexicon/tsv.h"

namespace isnad {

Result<OutletDirectory> OutletDirectory::Load(const std::vector<std::filesystem::path>& files) {
  OutletDirectory dir;
  for (const auto& f : files) ISNAD_RETURN_IF_ERROR(dir.AddFile(f));
  return dir;
}

Status OutletDirectory::AddFile(const std::filesystem::path& file) {
  ISNAD_ASSIGN_OR_RETURN(TsvTable t, ReadTsv(file, {"id", "name_ar"}));
  for (const TsvRow& row : t.rows) {
    const std::string id(t.Get(row, "id"));
    uint32_t index;
    if (auto it = by_id_.find(id); it != by_id_.end()) {
      index = it->second;
    } else {
      index = static_cast<uint32_t>(entries_.size());
      entries_.push_back(OutletEntry{id, std::string(t.Get(row, "name_ar")),
                                     std::string(t.Get(row, "name_en")),
                                     std::string(t.Get(row, "kind")),
                                     std::string(t.Get(row, "country"))});
      by_id_.emplace(id, index);
    }
    matcher_.Add(t.Get(row, "name_ar"), index);
    if (!t.Get(row, "name_en").empty()) matcher_.Add(t.Get(row, "name_en"), index);
    for (std::string_view a : SplitAlternatives(t.Get(row, "aliases"))) matcher_.Add(a, index);
    for (std::string_view d : SplitAlternatives(t.Get(row, "domains"))) {
      std::string host(d);
      for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (host.rfind("www.", 0) == 0) host.erase(0, 4);
      by_domain_.emplace(host, index);
    }
  }
  return Status::Ok();
}

std::optional<uint32_t> OutletDirectory::FindByName(std::string_view name) const {
  if (auto it = by_id_.find(std::string(name)); it != by_id_.end()) return it->second;
  NormalizedText norm;
  Normalizer(NormLevel::kMatch).Normalize(name, &norm);
  std::vector<Token> tokens;
  Tokenize(norm, &tokens);
  // The whole string must be one alias (punctuation around it aside).
  uint32_t first = 0, last = static_cast<uint32_t>(tokens.size());
  while (first < last && tokens[first].kind == TokenKind::kPunct) ++first;
  while (last > first && tokens[last - 1].kind == TokenKind::kPunct) --last;
  PhraseMatch m;
  if (first < last && matcher_.MatchAt(norm, tokens, first, last, &m) && m.last_token == last) {
    return matcher_.Payloads(m.node).front();
  }
  if (auto u = FindByUrl(name)) return u;
  return std::nullopt;
}

std::optional<uint32_t> OutletDirectory::FindByUrl(std::string_view url) const {
  size_t p = url.find("://");
  std::string_view host = p == std::string_view::npos ? url : url.substr(p + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  std::string h(host);
  for (char& c : h) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (h.find('.') == std::string::npos) return std::nullopt;
  // Try the host, then each parent domain: "arabic.rt.com" -> "rt.com".
  std::string_view rest(h);
  while (rest.find('.') != std::string_view::npos) {
    if (auto it = by_domain_.find(std::string(rest)); it != by_domain_.end()) return it->second;
    rest.remove_prefix(rest.find('.') + 1);
  }
  return std::nullopt;
}

}  // namespace isnad
