#include "isnad/store.h"

#include <algorithm>
#include <unordered_set>

#include "store/signature.h"

namespace isnad {

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);
Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url);

Result<std::unique_ptr<Store>> Store::Open(const std::string& url) {
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    return OpenPostgresStore(url);
  }
  std::string path = url;
  if (path.rfind("sqlite://", 0) == 0) path = path.substr(9);
  if (path.empty()) return Status::InvalidArgument("empty store path");
  return OpenSqliteStore(path);
}

Status Store::PutBatch(std::vector<StoredDocument>* batch, const StoryOptions& options,
                       std::vector<std::string>* skipped) {
  ISNAD_RETURN_IF_ERROR(Begin());
  auto fail = [&](Status s) {
    Rollback();
    return s;
  };
  std::unordered_set<std::string> seen;
  // Documents of this batch already placed, so that a batch can form its own stories.
  std::vector<Candidate> placed;
  for (StoredDocument& doc : *batch) {
    if (!seen.insert(doc.id).second) {
      skipped->push_back(doc.id);
      continue;
    }
    auto has = Has(doc.id);
    if (!has.ok()) return fail(has.status());
    if (*has) {
      skipped->push_back(doc.id);
      continue;
    }
    auto stored = Candidates(doc.signature, options.window_days, 50);
    if (!stored.ok()) return fail(stored.status());
    std::vector<Candidate> cands = std::move(stored).value();
    // Documents placed earlier in this batch are candidates like stored ones: BestStory closes
    // a story with a member outside the window whichever batch it came in.
    cands.insert(cands.end(), placed.begin(), placed.end());
    const StoryMatch m = BestStory(doc.signature, cands, options);
    if (m.story != 0) {
      doc.story = m.story;
      doc.duplicate_of = m.duplicate_of;
    } else {
      auto id = NewStory();
      if (!id.ok()) return fail(id.status());
      doc.story = *id;
      doc.duplicate_of.clear();  // the store decides what is a copy, not the caller
    }
    if (Status s = Insert(doc); !s.ok()) return fail(s);
    placed.push_back(Candidate{doc.id, doc.story, doc.duplicate_of, doc.signature});
  }
  return Commit();
}

}  // namespace isnad
