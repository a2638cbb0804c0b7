// SQLite back end: one file, WAL journal (readers never block the writer), FTS5 for text.
// Documents, their terms (for finding story candidates) and facets (for search filters) sit
// in plain tables; the full-text index is a contentless FTS5 table keyed by the document's
// rowid over its normalized, stemmed words.
#include <sqlite3.h>

#include <cstring>
#include <memory>

#include "isnad/store.h"
#include "store/signature.h"

namespace isnad {
namespace {

// Migrations in order; the schema version is the number applied.
constexpr const char* kMigrations[] = {
    // 1: documents, terms, facets, stories, full-text index
    R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  id TEXT PRIMARY KEY,
  path TEXT, url TEXT, title TEXT, outlet_id TEXT, outlet_name TEXT, published TEXT,
  language TEXT,
  story INTEGER NOT NULL,
  duplicate_of TEXT,
  day INTEGER,
  terms TEXT NOT NULL,
  minhash TEXT NOT NULL,
  input TEXT NOT NULL,
  analysis TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE INDEX documents_story ON documents(story);
CREATE INDEX documents_day ON documents(day);
CREATE TABLE doc_terms(term TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY(term, doc_id)) WITHOUT ROWID;
CREATE TABLE doc_facets(facet TEXT NOT NULL, doc_id TEXT NOT NULL, PRIMARY KEY(facet, doc_id)) WITHOUT ROWID;
CREATE TABLE stories(id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));
CREATE VIRTUAL TABLE doc_fts USING fts5(search_text, content='', tokenize='unicode61 remove_diacritics 0');
)sql",
};
constexpr int kSchemaVersion = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));

class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) {
    if (sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) != SQLITE_OK) s_ = nullptr;
  }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  bool ok() const { return s_ != nullptr; }
  sqlite3_stmt* get() { return s_; }
  void Text(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void Int(int i, int64_t v) { sqlite3_bind_int64(s_, i, v); }
  void Null(int i) { sqlite3_bind_null(s_, i); }
  int Step() { return sqlite3_step(s_); }
  void Reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  std::string Col(int i) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, i));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(s_, i))) : std::string();
  }
  int64_t ColInt(int i) { return sqlite3_column_int64(s_, i); }
  bool ColNull(int i) { return sqlite3_column_type(s_, i) == SQLITE_NULL; }

 private:
  sqlite3_stmt* s_ = nullptr;
};

class SqliteStore final : public Store {
 public:
  SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteStore() override { sqlite3_close_v2(db_); }

  Status Migrate() {
    ISNAD_RETURN_IF_ERROR(Exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    ISNAD_ASSIGN_OR_RETURN(int v, SchemaVersion());
    if (v > kSchemaVersion) {
      return Status::InvalidArgument(path_ + ": store schema version " + std::to_string(v) +
                                     " is newer than this isnad (" +
                                     std::to_string(kSchemaVersion) + ")");
    }
    if (v == kSchemaVersion) return Status::Ok();
    ISNAD_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    for (int i = v; i < kSchemaVersion; ++i) {
      if (Status s = Exec(kMigrations[i]); !s.ok()) {
        Exec("ROLLBACK");
        return s;
      }
    }
    Status s = Exec("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '" +
                    std::to_string(kSchemaVersion) + "')");
    if (!s.ok()) {
      Exec("ROLLBACK");
      return s;
    }
    return Exec("COMMIT");
  }

  std::string Describe() const override { return "sqlite:" + path_; }

  Result<int> SchemaVersion() override {
    Stmt q(db_, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (!q.ok()) return Error("reading the schema version");
    const int rc = q.Step();
    if (rc == SQLITE_ROW) return std::stoi(q.Col(0));
    if (rc == SQLITE_DONE) return 0;
    return Error("reading the schema version");
  }

  Result<bool> Has(const std::string& id) override {
    Stmt q(db_, "SELECT 1 FROM documents WHERE id = ?");
    if (!q.ok()) return Error("looking up a document");
    q.Text(1, id);
    const int rc = q.Step();
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return Error("looking up a document");
  }

  Result<int64_t> Count() override {
    Stmt q(db_, "SELECT count(*) FROM documents");
    if (!q.ok() || q.Step() != SQLITE_ROW) return Error("counting documents");
    return q.ColInt(0);
  }

  Result<std::vector<DocumentRow>> Documents(bool with_analysis) override {
    Stmt q(db_, with_analysis
                    ? "SELECT id, path, url, title, outlet_id, outlet_name, published, story, "
                      "duplicate_of, analysis, input FROM documents ORDER BY rowid"
                    : "SELECT id, path, url, title, outlet_id, outlet_name, published, story, "
                      "duplicate_of FROM documents ORDER BY rowid");
    if (!q.ok()) return Error("listing documents");
    std::vector<DocumentRow> out;
    int rc;
    while ((rc = q.Step()) == SQLITE_ROW) out.push_back(Row(q, with_analysis));
    if (rc != SQLITE_DONE) return Error("listing documents");
    return out;
  }

  Result<std::optional<DocumentRow>> Document(const std::string& id) override {
    Stmt q(db_, "SELECT id, path, url, title, outlet_id, outlet_name, published, story, "
                "duplicate_of, analysis, input FROM documents WHERE id = ?");
    if (!q.ok()) return Error("reading a document");
    q.Text(1, id);
    const int rc = q.Step();
    if (rc == SQLITE_DONE) return std::optional<DocumentRow>();
    if (rc != SQLITE_ROW) return Error("reading a document");
    return std::optional<DocumentRow>(Row(q, true));
  }

  Result<std::vector<SearchHit>> Search(const SearchQuery& sq) override {
    std::string sql =
        "SELECT d.id, bm25(doc_fts) AS score FROM doc_fts JOIN documents d ON d.rowid = doc_fts.rowid "
        "WHERE doc_fts MATCH ?1";
    int arg = 2;
    for (size_t i = 0; i < sq.facets.size(); ++i) {
      sql += " AND d.id IN (SELECT doc_id FROM doc_facets WHERE facet = ?" + std::to_string(arg++) + ")";
    }
    if (!sq.from.empty()) sql += " AND d.published >= ?" + std::to_string(arg++);
    // An undated document is outside any date range, open-ended or not.
    if (!sq.to.empty()) sql += " AND d.published <> '' AND substr(d.published, 1, 10) <= ?" + std::to_string(arg++);
    sql += " ORDER BY score LIMIT ?" + std::to_string(arg);
    Stmt q(db_, sql.c_str());
    if (!q.ok()) return Error("preparing the search");
    int i = 1;
    q.Text(i++, sq.match);
    for (const std::string& f : sq.facets) q.Text(i++, f);
    if (!sq.from.empty()) q.Text(i++, sq.from);
    if (!sq.to.empty()) q.Text(i++, sq.to);
    q.Int(i, sq.limit);
    std::vector<SearchHit> out;
    int rc;
    while ((rc = q.Step()) == SQLITE_ROW) {
      out.push_back(SearchHit{q.Col(0), sqlite3_column_double(q.get(), 1)});
    }
    if (rc != SQLITE_DONE) return Error("searching");
    return out;
  }

 protected:
  Status Begin() override { return Exec("BEGIN IMMEDIATE"); }
  Status Commit() override { return Exec("COMMIT"); }
  void Rollback() override { Exec("ROLLBACK"); }

  Result<std::vector<Candidate>> Candidates(const DocSignature& sig, int window_days,
                                            int limit) override {
    std::vector<Candidate> out;
    const std::vector<std::string> keys = CandidateKeys(sig);
    if (keys.empty()) return out;
    // Candidates share one of the signature's most telling terms; the most shared first.
    // Documents far outside the window (four windows) are left out: a story that old is
    // closed anyway. Nearer ones outside the window are returned so that BestStory closes
    // their story.
    // The shared terms are counted on the term index alone; each document row (with its
    // signature) is read once, not once per shared term.
    std::string sql =
        "SELECT d.id, d.story, d.duplicate_of, d.terms, d.minhash, d.day, s.shared "
        "FROM (SELECT doc_id, count(*) AS shared FROM doc_terms WHERE term IN (";
    for (size_t i = 0; i < keys.size(); ++i) sql += i ? ",?" : "?";
    sql += ") GROUP BY doc_id) s JOIN documents d ON d.id = s.doc_id";
    if (sig.day) {
      sql += " WHERE (d.day IS NULL OR abs(d.day - " + std::to_string(*sig.day) + ") <= " +
             std::to_string(4 * window_days) + ")";
    }
    sql += " ORDER BY s.shared DESC, d.rowid LIMIT " + std::to_string(limit);
    Stmt q(db_, sql.c_str());
    if (!q.ok()) return Error("finding story candidates");
    for (size_t i = 0; i < keys.size(); ++i) q.Text(static_cast<int>(i + 1), keys[i]);
    int rc;
    while ((rc = q.Step()) == SQLITE_ROW) {
      Candidate c;
      c.id = q.Col(0);
      c.story = q.ColInt(1);
      c.duplicate_of = q.Col(2);
      SplitTerms(q.Col(3), &c.signature);
      c.signature.minhash = UnpackMinHash(q.Col(4));
      if (!q.ColNull(5)) c.signature.day = static_cast<int32_t>(q.ColInt(5));
      out.push_back(std::move(c));
    }
    if (rc != SQLITE_DONE) return Error("finding story candidates");
    return out;
  }

  Result<int64_t> NewStory() override {
    if (Status s = Exec("INSERT INTO stories DEFAULT VALUES"); !s.ok()) return s;
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
  }

  Status Insert(const StoredDocument& d) override {
    Stmt q(db_,
           "INSERT INTO documents(id, path, url, title, outlet_id, outlet_name, published, "
           "language, story, duplicate_of, day, terms, minhash, input, analysis) "
           "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q.ok()) return Error("storing a document");
    q.Text(1, d.id);
    q.Text(2, d.path);
    q.Text(3, d.url);
    q.Text(4, d.title);
    q.Text(5, d.outlet_id);
    q.Text(6, d.outlet_name);
    q.Text(7, d.published);
    q.Text(8, d.language);
    q.Int(9, d.story);
    if (d.duplicate_of.empty()) q.Null(10); else q.Text(10, d.duplicate_of);
    if (d.signature.day) q.Int(11, *d.signature.day); else q.Null(11);
    q.Text(12, JoinTerms(d.signature));
    q.Text(13, PackMinHash(d.signature.minhash));
    q.Text(14, d.input);
    q.Text(15, d.analysis);
    if (q.Step() != SQLITE_DONE) return Error("storing document " + d.id);
    const int64_t rowid = sqlite3_last_insert_rowid(db_);
    Stmt fts(db_, "INSERT INTO doc_fts(rowid, search_text) VALUES(?, ?)");
    fts.Int(1, rowid);
    fts.Text(2, d.search_text);
    if (!fts.ok() || fts.Step() != SQLITE_DONE) return Error("indexing document " + d.id);
    Stmt term(db_, "INSERT OR IGNORE INTO doc_terms(term, doc_id) VALUES(?, ?)");
    for (const std::string& t : d.signature.terms) {
      term.Text(1, t);
      term.Text(2, d.id);
      if (term.Step() != SQLITE_DONE) return Error("storing terms of " + d.id);
      term.Reset();
    }
    Stmt facet(db_, "INSERT OR IGNORE INTO doc_facets(facet, doc_id) VALUES(?, ?)");
    for (const std::string& f : d.facets) {
      facet.Text(1, f);
      facet.Text(2, d.id);
      if (facet.Step() != SQLITE_DONE) return Error("storing facets of " + d.id);
      facet.Reset();
    }
    return Status::Ok();
  }

 private:
  DocumentRow Row(Stmt& q, bool heavy) {
    DocumentRow r;
    r.id = q.Col(0);
    r.path = q.Col(1);
    r.url = q.Col(2);
    r.title = q.Col(3);
    r.outlet_id = q.Col(4);
    r.outlet_name = q.Col(5);
    r.published = q.Col(6);
    r.story = q.ColInt(7);
    r.duplicate_of = q.Col(8);
    if (heavy) {
      r.analysis = q.Col(9);
      r.input = q.Col(10);
    }
    return r;
  }

  Status Error(const std::string& what) const {
    const int code = sqlite3_errcode(db_);
    std::string msg = path_ + ": " + what + ": " + sqlite3_errmsg(db_);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
      return Status::Unavailable(msg + " (another process holds the store; try again when it is done)");
    }
    if (code == SQLITE_FULL) return Status::IoError(msg + " (disk full)");
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return Status::Corruption(msg);
    return Status::IoError(msg);
  }

  Status Exec(const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      const std::string what = err ? err : "failed";
      sqlite3_free(err);
      // Keep Error()'s classification and hint («disk full», «another process holds the
      // store»), with sqlite3_exec's own words.
      Status s = Error(sql.substr(0, 40));
      std::string hint;
      if (const size_t open = s.message().rfind(" ("); open != std::string::npos) hint = s.message().substr(open);
      return Status(s.code(), path_ + ": " + what + hint);
    }
    return Status::Ok();
  }

  sqlite3* db_;
  std::string path_;
};

}  // namespace

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK) {
    const std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return Status::IoError(path + ": cannot open store: " + msg);
  }
  sqlite3_busy_timeout(db, 5000);
  auto store = std::make_unique<SqliteStore>(db, path);
  // WAL: readers (the web view) never block the writer (ingest); synchronous NORMAL is
  // durable at each commit in WAL mode except on power loss of the last transaction.
  char* err = nullptr;
  // A 64 MB page cache (the default is 2 MB) keeps the term index of story candidates in memory.
  if (sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;",
                   nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "failed";
    sqlite3_free(err);
    const int code = sqlite3_errcode(db);
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
      return Status::Corruption(path + ": not an isnad store or damaged: " + msg);
    }
    if (code == SQLITE_BUSY) return Status::Unavailable(path + ": store is locked by another process");
    return Status::IoError(path + ": " + msg);
  }
  ISNAD_RETURN_IF_ERROR(store->Migrate());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace isnad
