// Store: where ingested documents, their analysis and their stories live, behind one
// interface with two back ends — SQLite (a file; the default) and PostgreSQL (a server, for
// teams). The same tests run against both (src/store/store_test.cc).
//
// Contract:
//  * Writes are transactional per batch: PutBatch() stores every document of the batch or
//    none, so a crash or `kill -9` never leaves half a document.
//  * Ingest is idempotent: a document whose id (content hash) is stored already is skipped.
//  * The schema is versioned; Open() applies pending migrations in one transaction.
//  * Errors name the store and the reason (locked, disk full, server gone, corrupt file).
// Thread-safety: one Store per thread; the back ends serialise writers themselves.
#ifndef ISNAD_STORE_H_
#define ISNAD_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "isnad/status.h"

namespace isnad {

// What the story builder keeps of a document to compare it with others.
struct DocSignature {
  std::vector<std::string> terms;   // content stems, places and actors ("p:", "a:")
  std::vector<float> weights;       // TF-IDF weight of each stem term (1 for places/actors)
  std::vector<uint32_t> minhash;    // of word 5-shingles, for near-duplicate detection
  std::optional<int32_t> day;       // days since 1970-01-01 of publication, when known
};

struct StoredDocument {
  std::string id;
  std::string path, url, title, outlet_id, outlet_name, published, language;
  std::string input;          // the bytes as read
  std::string analysis;       // the `isnad analyze` JSON record
  std::string search_text;    // normalized, stemmed words of title and body, for full-text search
  std::vector<std::string> facets;  // "outlet:x", "actor:isis", "place:gn:1", "type:surrender"
  DocSignature signature;
  // Filled by the store's story assignment:
  int64_t story = 0;
  std::string duplicate_of;   // id of the document this one is a near copy of
};

struct DocumentRow {  // a stored document without its heavy fields, unless asked
  std::string id, path, url, title, outlet_id, outlet_name, published;
  int64_t story = 0;
  std::string duplicate_of;
  std::string analysis;  // filled by Documents(with_analysis = true)
  std::string input;
};

struct SearchQuery {
  std::string match;            // FTS expression over search_text (normalized stems, AND)
  std::vector<std::string> facets;  // all must hold
  std::string from, to;         // published date range (ISO), inclusive; empty = open
  int limit = 20;
};

struct SearchHit {
  std::string id;
  double score = 0;  // lower is better (BM25 as SQLite and our PostgreSQL ranking report it)
};

// Story assignment: how close two documents must be to share a story.
struct StoryOptions {
  double threshold = 0.20;      // combined similarity to join a story
  double duplicate = 0.80;      // estimated Jaccard of shingles for a near copy
  int window_days = 45;         // documents further apart than this never share a story
};

// A stored document that may share a story with a new one.
struct Candidate {
  std::string id;
  int64_t story = 0;
  std::string duplicate_of;
  DocSignature signature;
};

class Store {
 public:
  virtual ~Store() = default;

  // "isnad.db", "sqlite:///path/x.db", "postgresql://user@127.0.0.1:5432/db".
  static Result<std::unique_ptr<Store>> Open(const std::string& url);

  // Stores the batch in one transaction: documents already present (by id, or twice in the
  // batch) are skipped and listed in *skipped; the rest get a story (and maybe duplicate_of)
  // and are written. On error nothing of the batch is stored.
  Status PutBatch(std::vector<StoredDocument>* batch, const StoryOptions& options,
                  std::vector<std::string>* skipped);

  virtual std::string Describe() const = 0;
  virtual Result<int> SchemaVersion() = 0;
  virtual Result<bool> Has(const std::string& id) = 0;
  virtual Result<int64_t> Count() = 0;
  virtual Result<std::vector<DocumentRow>> Documents(bool with_analysis) = 0;
  virtual Result<std::optional<DocumentRow>> Document(const std::string& id) = 0;
  virtual Result<std::vector<SearchHit>> Search(const SearchQuery& q) = 0;

 protected:
  // Primitives each back end implements; PutBatch() composes them.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual void Rollback() = 0;
  // Stored documents sharing the most terms with `sig` (and in its time window).
  virtual Result<std::vector<Candidate>> Candidates(const DocSignature& sig, int window_days,
                                                    int limit) = 0;
  virtual Result<int64_t> NewStory() = 0;
  virtual Status Insert(const StoredDocument& doc) = 0;
};

}  // namespace isnad

#endif  // ISNAD_STORE_H_
