// PostgreSQL back end: the same tables as the SQLite store (src/store/sqlite_store.cc) on a
// server, for teams. Spoken to through libpq's C API with small RAII wrappers; every query
// is parameterised ($1, $2, ...), never spliced from user text.
//
// Full-text search: documents.search_text holds the normalized, stemmed words isnad indexes
// (title and body), and documents.search_tsv is a generated tsvector of it under the
// 'simple' configuration — isnad has already folded and stemmed the words, so PostgreSQL
// must only split and lower-case them, never stem again («استسلم» stays «استسلم») — with a
// GIN index. The FTS5 expression MatchExpression() builds (`"استسلم" AND "باغوز"`) becomes
// the tsquery `'استسلم' & 'باغوز'`, ranked by ts_rank (divided by 1 + log of the document's
// length, so that a long report does not win by length alone, as with BM25) and reported
// negated so that, as with SQLite's bm25(), lower is better.
//
// Writers: Begin() takes a transaction-scoped advisory lock, so two ingests into one
// database take turns batch by batch, as SQLite's BEGIN IMMEDIATE makes them, and story
// assignment always sees every committed document.
//
// Thread-safety: one PostgresStore per thread (a libpq connection is not shared).
#include <libpq-fe.h>

#include <charconv>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/store.h"
#include "store/signature.h"

namespace isnad {
namespace {

// Migrations in order; the schema version is the number applied (the same numbering as the
// SQLite store, so that both report the same SchemaVersion()).
constexpr const char* kMigrations[] = {
    // 1: documents, terms, facets, stories, full-text index
    R"sql(
CREATE TABLE documents(
  seq BIGSERIAL NOT NULL UNIQUE,
  id TEXT PRIMARY KEY,
  path TEXT, url TEXT, title TEXT, outlet_id TEXT, outlet_name TEXT, published TEXT,
  language TEXT,
  story BIGINT NOT NULL,
  duplicate_of TEXT,
  day INTEGER,
  terms TEXT NOT NULL,
  minhash TEXT NOT NULL,
  input TEXT NOT NULL,
  analysis TEXT NOT NULL,
  search_text TEXT NOT NULL DEFAULT '',
  search_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE INDEX documents_story ON documents(story);
CREATE INDEX documents_day ON documents(day);
CREATE INDEX documents_fts ON documents USING GIN(search_tsv);
CREATE TABLE doc_terms(term TEXT NOT NULL, doc_id TEXT NOT NULL REFERENCES documents(id),
  PRIMARY KEY(term, doc_id));
CREATE TABLE doc_facets(facet TEXT NOT NULL, doc_id TEXT NOT NULL REFERENCES documents(id),
  PRIMARY KEY(facet, doc_id));
CREATE TABLE stories(id BIGSERIAL PRIMARY KEY, created_at TIMESTAMPTZ NOT NULL DEFAULT now());
)sql",
};
constexpr int kSchemaVersion = static_cast<int>(sizeof(kMigrations) / sizeof(kMigrations[0]));

// Advisory lock keys ("isnad" in ASCII, then 1 for schema migrations, 2 for writers).
constexpr const char* kMigrateLock = "SELECT pg_advisory_xact_lock(1769172577, 1)";
constexpr const char* kWriterLock = "SELECT pg_advisory_xact_lock(1769172577, 2)";

struct ConnCloser {
  void operator()(PGconn* c) const { PQfinish(c); }
};
using Conn = std::unique_ptr<PGconn, ConnCloser>;

// One query's result; empty (null) when libpq could not even allocate one.
class PgResult {
 public:
  explicit PgResult(PGresult* r) : r_(r) {}
  ~PgResult() { PQclear(r_); }
  PgResult(PgResult&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
  PgResult& operator=(PgResult&&) = delete;
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;

  bool ok() const {
    const ExecStatusType s = r_ ? PQresultStatus(r_) : PGRES_FATAL_ERROR;
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
  }
  PGresult* get() const { return r_; }
  int rows() const { return r_ ? PQntuples(r_) : 0; }
  std::string Col(int row, int col) const {
    return std::string(PQgetvalue(r_, row, col), static_cast<size_t>(PQgetlength(r_, row, col)));
  }
  int64_t ColInt(int row, int col) const { return std::stoll(PQgetvalue(r_, row, col)); }
  bool ColNull(int row, int col) const { return PQgetisnull(r_, row, col) != 0; }
  std::string SqlState() const {
    const char* s = r_ ? PQresultErrorField(r_, PG_DIAG_SQLSTATE) : nullptr;
    return s ? s : "";
  }

 private:
  PGresult* r_;
};

// Query parameters in text format; a null parameter is SQL NULL.
class Params {
 public:
  Params& Text(std::string v) {
    values_.push_back(std::move(v));
    null_.push_back(false);
    return *this;
  }
  Params& Int(int64_t v) { return Text(std::to_string(v)); }
  Params& Null() {
    values_.emplace_back();
    null_.push_back(true);
    return *this;
  }
  std::vector<const char*> Pointers() const {
    std::vector<const char*> p;
    for (size_t i = 0; i < values_.size(); ++i) p.push_back(null_[i] ? nullptr : values_[i].c_str());
    return p;
  }
  int size() const { return static_cast<int>(values_.size()); }

 private:
  std::vector<std::string> values_;
  std::vector<bool> null_;
};

// A PostgreSQL array literal of `items`: {"a","b"} with '"' and '\' escaped.
std::string ArrayLiteral(const std::vector<std::string>& items) {
  std::string s = "{";
  for (const std::string& t : items) {
    if (s.size() > 1) s.push_back(',');
    s.push_back('"');
    for (char c : t) {
      if (c == '"' || c == '\\') s.push_back('\\');
      s.push_back(c);
    }
    s.push_back('"');
  }
  s.push_back('}');
  return s;
}

// libpq messages span lines ("...failed: Connection refused\n\tIs the server running...");
// an error is one line on standard error. Lines are joined with "; "; a hint's indented
// lines after its first with a space.
std::string OneLine(std::string_view m) {
  std::string s;
  size_t p = 0;
  bool in_hint = false;
  while (p < m.size()) {
    size_t e = m.find('\n', p);
    if (e == std::string_view::npos) e = m.size();
    std::string_view line = m.substr(p, e - p);
    const bool continued = !line.empty() && (line[0] == '\t' || line[0] == ' ');
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.remove_suffix(1);
    }
    if (!line.empty()) {
      if (!s.empty()) s += continued && in_hint ? " " : "; ";
      s += line;
      in_hint = continued;
    }
    p = e + 1;
  }
  return s;
}

// The URL as shown in messages: a password in it is replaced by "***".
std::string Redact(const std::string& url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  const size_t at = url.find('@', scheme + 3);
  const size_t slash = url.find('/', scheme + 3);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return url;
  const size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon + 1) + "***" + url.substr(at);
}

}  // namespace

namespace internal {

// A tsquery for an FTS5-style expression as MatchExpression() writes it: quoted or bare
// terms joined by AND (the default), OR or NOT. Each term is quoted for tsquery, with quote
// and backslash escaped, so that no stem can inject tsquery operators: `"استسلم" AND "باغوز"` ->
// `'استسلم' & 'باغوز'`. Exposed for store_test.cc.
Result<std::string> FtsToTsquery(std::string_view match) {
  std::string out;
  std::string pending_op;  // operator before the next term
  size_t i = 0, terms = 0;
  auto add_term = [&](std::string_view term) {
    if (terms > 0) out += pending_op.empty() ? " & " : pending_op;
    pending_op.clear();
    out.push_back('\'');
    for (char c : term) {
      if (c == '\'') out.push_back('\'');
      if (c == '\\') out.push_back('\\');
      out.push_back(c);
    }
    out.push_back('\'');
    ++terms;
  };
  while (i < match.size()) {
    const char c = match[i];
    if (c == ' ' || c == '\t' || c == '\n') {
      ++i;
      continue;
    }
    if (c == '"') {  // FTS5 string: "" inside is one quote
      std::string term;
      ++i;
      bool closed = false;
      while (i < match.size()) {
        if (match[i] == '"') {
          if (i + 1 < match.size() && match[i + 1] == '"') {
            term.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          closed = true;
          break;
        }
        term.push_back(match[i++]);
      }
      if (!closed) return Status::InvalidArgument("unterminated quote in search expression");
      if (!term.empty()) add_term(term);
      continue;
    }
    size_t e = i;
    while (e < match.size() && match[e] != ' ' && match[e] != '\t' && match[e] != '\n' &&
           match[e] != '"') {
      ++e;
    }
    const std::string_view word = match.substr(i, e - i);
    i = e;
    if (word == "AND") {
      pending_op = " & ";
    } else if (word == "OR") {
      pending_op = " | ";
    } else if (word == "NOT") {
      pending_op = " & !";
    } else if (word.find_first_of("()*:^") != std::string_view::npos) {
      return Status::InvalidArgument("unsupported search syntax: " + std::string(word));
    } else {
      add_term(word);
    }
  }
  if (terms == 0) return Status::InvalidArgument("the search expression has no terms");
  return out;
}

}  // namespace internal

namespace {

class PostgresStore final : public Store {
 public:
  PostgresStore(Conn conn, std::string url) : conn_(std::move(conn)), describe_(Redact(url)) {}

  Status Migrate() {
    ISNAD_RETURN_IF_ERROR(Exec("BEGIN", "starting the schema migration"));
    in_transaction_ = true;
    auto fail = [&](Status s) {
      Rollback();
      return s;
    };
    // One migrator at a time: a second process waits here, then finds the schema current.
    if (Status s = Exec(kMigrateLock, "locking the schema"); !s.ok()) return fail(s);
    if (Status s = Exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                        "creating the meta table");
        !s.ok()) {
      return fail(s);
    }
    auto v = SchemaVersion();
    if (!v.ok()) return fail(v.status());
    if (*v > kSchemaVersion) {
      return fail(Status::InvalidArgument(describe_ + ": store schema version " + std::to_string(*v) +
                                          " is newer than this isnad (" +
                                          std::to_string(kSchemaVersion) + ")"));
    }
    for (int i = *v; i < kSchemaVersion; ++i) {
      if (Status s = Exec(kMigrations[i], "applying schema migration " + std::to_string(i + 1));
          !s.ok()) {
        return fail(s);
      }
    }
    if (*v < kSchemaVersion) {
      PgResult r = Query(
          "INSERT INTO meta(key, value) VALUES('schema_version', $1) "
          "ON CONFLICT(key) DO UPDATE SET value = EXCLUDED.value",
          Params().Int(kSchemaVersion));
      if (!r.ok()) return fail(Error("recording the schema version", r));
    }
    return Commit();
  }

  std::string Describe() const override { return describe_; }

  Result<int> SchemaVersion() override {
    PgResult r = Query("SELECT value FROM meta WHERE key = 'schema_version'", Params());
    if (!r.ok()) return Error("reading the schema version", r);
    if (r.rows() == 0) return 0;
    const std::string v = r.Col(0, 0);
    int version = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), version);
    if (ec != std::errc() || end != v.data() + v.size()) {
      return Status::Corruption(describe_ + ": not an isnad store or damaged: schema version '" + v + "'");
    }
    return version;
  }

  Result<bool> Has(const std::string& id) override {
    PgResult r = Query("SELECT 1 FROM documents WHERE id = $1", Params().Text(id));
    if (!r.ok()) return Error("looking up a document", r);
    return r.rows() > 0;
  }

  Result<int64_t> Count() override {
    PgResult r = Query("SELECT count(*) FROM documents", Params());
    if (!r.ok() || r.rows() != 1) return Error("counting documents", r);
    return r.ColInt(0, 0);
  }

  Result<std::vector<DocumentRow>> Documents(bool with_analysis) override {
    PgResult r = Query(with_analysis
                           ? "SELECT id, path, url, title, outlet_id, outlet_name, published, story, "
                             "duplicate_of, analysis, input FROM documents ORDER BY seq"
                           : "SELECT id, path, url, title, outlet_id, outlet_name, published, story, "
                             "duplicate_of FROM documents ORDER BY seq",
                       Params());
    if (!r.ok()) return Error("listing documents", r);
    std::vector<DocumentRow> out;
    out.reserve(static_cast<size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) out.push_back(Row(r, i, with_analysis));
    return out;
  }

  Result<std::optional<DocumentRow>> Document(const std::string& id) override {
    PgResult r = Query(
        "SELECT id, path, url, title, outlet_id, outlet_name, published, story, "
        "duplicate_of, analysis, input FROM documents WHERE id = $1",
        Params().Text(id));
    if (!r.ok()) return Error("reading a document", r);
    if (r.rows() == 0) return std::optional<DocumentRow>();
    return std::optional<DocumentRow>(Row(r, 0, true));
  }

  Result<std::vector<SearchHit>> Search(const SearchQuery& sq) override {
    auto tsquery = internal::FtsToTsquery(sq.match);
    if (!tsquery.ok()) return Status::InvalidArgument(describe_ + ": " + tsquery.status().message());
    Params p;
    p.Text(*tsquery);
    std::string sql =
        "SELECT d.id, -ts_rank(d.search_tsv, q.query, 1) AS score "
        "FROM documents d, to_tsquery('simple', $1) AS q(query) WHERE d.search_tsv @@ q.query";
    int arg = 2;
    for (const std::string& f : sq.facets) {
      sql += " AND d.id IN (SELECT doc_id FROM doc_facets WHERE facet = $" + std::to_string(arg++) + ")";
      p.Text(f);
    }
    // ISO dates compare as bytes; "C" keeps a server locale from reordering them.
    if (!sq.from.empty()) {
      sql += " AND d.published COLLATE \"C\" >= $" + std::to_string(arg++);
      p.Text(sq.from);
    }
    // An undated document is in no date range (published is '' when unknown).
    if (!sq.to.empty()) {
      sql += " AND d.published <> '' AND substr(d.published, 1, 10) COLLATE \"C\" <= $" +
             std::to_string(arg++);
      p.Text(sq.to);
    }
    sql += " ORDER BY score, d.seq LIMIT $" + std::to_string(arg);
    p.Int(sq.limit);
    PgResult r = Query(sql, p);
    if (!r.ok()) return Error("searching", r);
    std::vector<SearchHit> out;
    for (int i = 0; i < r.rows(); ++i) out.push_back(SearchHit{r.Col(i, 0), std::stod(r.Col(i, 1))});
    return out;
  }

 protected:
  Status Begin() override {
    ISNAD_RETURN_IF_ERROR(Exec("BEGIN", "starting a transaction"));
    in_transaction_ = true;
    if (Status s = Exec(kWriterLock, "waiting for other writers"); !s.ok()) {
      Rollback();
      return s;
    }
    return Status::Ok();
  }

  Status Commit() override {
    in_transaction_ = false;
    PgResult r(PQexec(conn_.get(), "COMMIT"));
    if (!r.ok()) return Error("committing", r);
    // COMMIT of a transaction that failed earlier answers "ROLLBACK", not an error.
    if (std::strcmp(PQcmdStatus(r.get()), "COMMIT") != 0) {
      return Status::Internal(describe_ + ": committing: the transaction was rolled back");
    }
    return Status::Ok();
  }

  void Rollback() override {
    in_transaction_ = false;
    if (PQstatus(conn_.get()) != CONNECTION_OK) return;
    PgResult r(PQexec(conn_.get(), "ROLLBACK"));
  }

  Result<std::vector<Candidate>> Candidates(const DocSignature& sig, int window_days,
                                            int limit) override {
    std::vector<Candidate> out;
    const std::vector<std::string> keys = CandidateKeys(sig);
    if (keys.empty()) return out;
    // As in the SQLite store: candidates share one of the most telling terms; those more than
    // four windows away are left out, nearer ones outside the window are returned so that
    // BestStory() closes their story.
    Params p;
    p.Text(ArrayLiteral(keys)).Int(limit);
    // The shared terms are counted on the term index alone; each document row (with its
    // signature) is read once, not once per shared term.
    std::string sql =
        "SELECT d.id, d.story, d.duplicate_of, d.terms, d.minhash, d.day, s.shared "
        "FROM (SELECT doc_id, count(*) AS shared FROM doc_terms WHERE term = ANY($1::text[]) "
        "GROUP BY doc_id) s JOIN documents d ON d.id = s.doc_id";
    if (sig.day) {
      sql += " WHERE (d.day IS NULL OR abs(d.day - " + std::to_string(*sig.day) + ") <= " +
             std::to_string(4 * window_days) + ")";
    }
    sql += " ORDER BY s.shared DESC, d.seq LIMIT $2";
    PgResult r = Query(sql, p);
    if (!r.ok()) return Error("finding story candidates", r);
    for (int i = 0; i < r.rows(); ++i) {
      Candidate c;
      c.id = r.Col(i, 0);
      c.story = r.ColInt(i, 1);
      c.duplicate_of = r.Col(i, 2);
      SplitTerms(r.Col(i, 3), &c.signature);
      c.signature.minhash = UnpackMinHash(r.Col(i, 4));
      if (!r.ColNull(i, 5)) c.signature.day = static_cast<int32_t>(r.ColInt(i, 5));
      out.push_back(std::move(c));
    }
    return out;
  }

  Result<int64_t> NewStory() override {
    PgResult r = Query("INSERT INTO stories DEFAULT VALUES RETURNING id", Params());
    if (!r.ok() || r.rows() != 1) return Error("creating a story", r);
    return r.ColInt(0, 0);
  }

  Status Insert(const StoredDocument& d) override {
    // PostgreSQL text cannot hold NUL; libpq would silently cut the value there.
    for (const std::string* f : {&d.id, &d.path, &d.url, &d.title, &d.outlet_id, &d.outlet_name,
                                 &d.published, &d.language, &d.input, &d.analysis, &d.search_text}) {
      if (f->find('\0') != std::string::npos) {
        return Status::DataError(describe_ + ": document " + d.id +
                                 " contains NUL bytes, which PostgreSQL text cannot store");
      }
    }
    Params p;
    p.Text(d.id).Text(d.path).Text(d.url).Text(d.title).Text(d.outlet_id).Text(d.outlet_name);
    p.Text(d.published).Text(d.language).Int(d.story);
    if (d.duplicate_of.empty()) p.Null(); else p.Text(d.duplicate_of);
    if (d.signature.day) p.Int(*d.signature.day); else p.Null();
    p.Text(JoinTerms(d.signature)).Text(PackMinHash(d.signature.minhash));
    p.Text(d.input).Text(d.analysis).Text(d.search_text);
    PgResult r = Query(
        "INSERT INTO documents(id, path, url, title, outlet_id, outlet_name, published, "
        "language, story, duplicate_of, day, terms, minhash, input, analysis, search_text) "
        "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)",
        p);
    if (!r.ok()) return Error("storing document " + d.id, r);
    if (!d.signature.terms.empty()) {
      PgResult t = Query(
          "INSERT INTO doc_terms(term, doc_id) SELECT DISTINCT unnest($1::text[]), $2 "
          "ON CONFLICT DO NOTHING",
          Params().Text(ArrayLiteral(d.signature.terms)).Text(d.id));
      if (!t.ok()) return Error("storing terms of " + d.id, t);
    }
    if (!d.facets.empty()) {
      PgResult f = Query(
          "INSERT INTO doc_facets(facet, doc_id) SELECT DISTINCT unnest($1::text[]), $2 "
          "ON CONFLICT DO NOTHING",
          Params().Text(ArrayLiteral(d.facets)).Text(d.id));
      if (!f.ok()) return Error("storing facets of " + d.id, f);
    }
    return Status::Ok();
  }

 private:
  // A connection lost between transactions is opened again (the server restarted under a
  // long-running `isnad serve`); one lost inside a transaction fails it: that batch is gone,
  // and the caller hears so.
  void Reconnect() {
    if (!in_transaction_ && PQstatus(conn_.get()) == CONNECTION_BAD) PQreset(conn_.get());
  }

  PgResult Query(const std::string& sql, const Params& p) {
    Reconnect();
    const std::vector<const char*> values = p.Pointers();
    return PgResult(PQexecParams(conn_.get(), sql.c_str(), p.size(), nullptr,
                                 values.empty() ? nullptr : values.data(), nullptr, nullptr, 0));
  }

  Status Exec(const char* sql, const std::string& what) {
    Reconnect();
    PgResult r(PQexec(conn_.get(), sql));
    return r.ok() ? Status::Ok() : Error(what, r);
  }

  static DocumentRow Row(const PgResult& r, int i, bool heavy) {
    DocumentRow d;
    d.id = r.Col(i, 0);
    d.path = r.Col(i, 1);
    d.url = r.Col(i, 2);
    d.title = r.Col(i, 3);
    d.outlet_id = r.Col(i, 4);
    d.outlet_name = r.Col(i, 5);
    d.published = r.Col(i, 6);
    d.story = r.ColInt(i, 7);
    d.duplicate_of = r.Col(i, 8);
    if (heavy) {
      d.analysis = r.Col(i, 9);
      d.input = r.Col(i, 10);
    }
    return d;
  }

  // "postgresql://isnad@127.0.0.1:5433/isnad: storing document ab12: server closed the
  // connection unexpectedly ... (the server went away; ...)": the server, what we were doing,
  // PostgreSQL's reason, and what it means.
  Status Error(const std::string& what, const PgResult& r) const {
    std::string reason = r.get() ? PQresultErrorMessage(r.get()) : "";
    if (reason.empty()) reason = PQerrorMessage(conn_.get());
    reason = OneLine(reason);
    if (reason.empty()) reason = "unexpected answer from the server";
    const std::string msg = describe_ + ": " + what + ": " + reason;
    const std::string state = r.SqlState();
    if (PQstatus(conn_.get()) == CONNECTION_BAD || state.rfind("08", 0) == 0 ||
        state.rfind("57P", 0) == 0) {
      return Status::Unavailable(msg + " (the server went away; what was committed before is kept)");
    }
    if (state == "53100") return Status::IoError(msg + " (disk full on the server)");
    if (state.rfind("53", 0) == 0) return Status::IoError(msg + " (the server ran out of resources)");
    if (state == "55P03" || state == "40P01" || state == "40001") {
      return Status::Unavailable(msg + " (locked by another writer; try again when it is done)");
    }
    if (state.rfind("XX", 0) == 0) return Status::Corruption(msg);
    if (state.rfind("22", 0) == 0) return Status::DataError(msg);
    return Status::IoError(msg);
  }

  Conn conn_;
  std::string describe_;
  bool in_transaction_ = false;
};

// Notices ("relation meta already exists, skipping") are not for the user.
void IgnoreNotice(void*, const char*) {}

}  // namespace

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url) {
  // Defaults first: anything the URL itself sets (expand_dbname) overrides them.
  const char* keys[] = {"connect_timeout", "application_name", "client_encoding", "dbname", nullptr};
  const char* values[] = {"10", "isnad", "UTF8", url.c_str(), nullptr};
  Conn conn(PQconnectdbParams(keys, values, /*expand_dbname=*/1));
  if (!conn) return Status::Internal(Redact(url) + ": cannot connect: out of memory");
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    return Status::Unavailable(Redact(url) + ": cannot connect: " + OneLine(PQerrorMessage(conn.get())));
  }
  PQsetNoticeProcessor(conn.get(), IgnoreNotice, nullptr);
  auto store = std::make_unique<PostgresStore>(std::move(conn), url);
  ISNAD_RETURN_IF_ERROR(store->Migrate());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace isnad
