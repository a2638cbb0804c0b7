// DocumentReader: turns paths (files, directories read recursively, or "-" for standard input)
// into Documents, one at a time and in order, or into a rejection that names the file (and the
// line, for JSON Lines) and the reason. A rejection never stops the rest of the batch.
//
// Formats: plain-text page scrapes (title first, byline and body after), HTML pages, and JSON
// Lines with fields `text` or `html` plus optional `title`, `outlet`, `url`, `published`
// (also accepted, as found in public corpora: `content`/`body`, `source`/`src`/`site`,
// `link`, `date`/`time`/`pubDate`/`date_published`). Chosen by extension (.jsonl .ndjson
// .json / .html .htm) or, failing that, by content.
//
// Rejected: unreadable or missing paths, empty files, binary files (NUL bytes or mostly
// control characters), invalid UTF-8 (with the byte offset), files over the size limit,
// malformed JSON lines, JSON lines without text, and HTML with no text.
// Thread-safety: Read() is const and may run on several threads at once.
#ifndef ISNAD_INGEST_READER_H_
#define ISNAD_INGEST_READER_H_

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/file.h"
#include "ingest/outlets.h"
#include "ingest/page_layout.h"
#include "isnad/document.h"
#include "isnad/status.h"

namespace isnad {

struct ReaderOptions {
  std::filesystem::path data_dir;                    // empty = DataDir()
  std::vector<std::filesystem::path> extra_outlets;  // user outlet files, same columns
  size_t max_bytes = kMaxInputBytes;
  // Leave the page layout (zones, title, outlet and date from the text) to the caller, who
  // runs ReadLayout() once it has the text's layers: a pipeline that tokenizes each document
  // anyway, on worker threads, then does so once and off the reading thread.
  bool defer_layout = false;
};

class DocumentReader {
 public:
  static Result<DocumentReader> Create(const ReaderOptions& options);

  DocumentReader(DocumentReader&&) noexcept;
  DocumentReader& operator=(DocumentReader&&) noexcept;
  ~DocumentReader();

  using Sink = std::function<void(Result<Document>)>;

  // Reads every path in order; `sink` receives each document or each rejection.
  void Read(const std::vector<std::string>& paths, const Sink& sink) const;

  // One input already in memory. `name` is used in messages and as Document::path.
  void ReadBuffer(std::string data, std::optional<std::string> name, const Sink& sink) const;

  const OutletDirectory& outlets() const;

  // The page layout of a document read with `defer_layout`, over doc->text's kMatch layers.
  void ReadLayout(const NormalizedText& norm, const std::vector<Token>& tokens, Document* doc) const;

 private:
  struct Impl;
  explicit DocumentReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The stable content id of a document: 128-bit XXH3 of its bytes, as 32 hex digits.
std::string ContentId(std::string_view a, std::string_view b = {});

}  // namespace isnad

#endif  // ISNAD_INGEST_READER_H_
