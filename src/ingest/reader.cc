#include "ingest/reader.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <simdjson.h>

#include "base/utf8.h"
#include "ingest/html_text.h"
#include "ingest/pubdate.h"
#include "lexicon/tsv.h"

namespace isnad {

std::string ContentId(std::string_view a, std::string_view b) {
  XXH3_state_t* st = XXH3_createState();
  XXH3_128bits_reset(st);
  XXH3_128bits_update(st, a.data(), a.size());
  if (!b.empty()) {
    XXH3_128bits_update(st, "\n", 1);
    XXH3_128bits_update(st, b.data(), b.size());
  }
  const XXH128_hash_t h = XXH3_128bits_digest(st);
  XXH3_freeState(st);
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  return buf;
}

namespace {

enum class Kind { kText, kHtml, kJsonl };

Kind KindOf(const std::filesystem::path& p, std::string_view data) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return Kind::kJsonl;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Kind::kHtml;
  size_t i = 0;
  while (i < data.size() && std::isspace(static_cast<unsigned char>(data[i]))) ++i;
  if (i < data.size() && data[i] == '{') return Kind::kJsonl;
  if (LooksLikeHtml(data)) return Kind::kHtml;
  return Kind::kText;
}

// Why `data` cannot be a document, or "" when it can.
std::string Reject(std::string_view data) {
  if (data.empty()) return "empty file";
  size_t control = 0;
  const size_t probe = std::min<size_t>(data.size(), 1 << 16);
  for (size_t i = 0; i < probe; ++i) {
    const auto c = static_cast<unsigned char>(data[i]);
    if (c == 0) return "binary file (contains NUL bytes)";
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  if (control * 20 > probe) return "binary file (mostly control characters)";
  if (const size_t bad = FindInvalidUtf8(data); bad != std::string_view::npos) {
    return "invalid UTF-8 at byte " + std::to_string(bad);
  }
  bool any = false;
  for (char c : data) {
    if (!std::isspace(static_cast<unsigned char>(c))) {
      any = true;
      break;
    }
  }
  if (!any) return "empty file (only whitespace)";
  return "";
}

}  // namespace

struct DocumentReader::Impl {
  ReaderOptions options;
  OutletDirectory outlets;
  PageLayout layout;

  Result<Document> Finish(Document doc) const {
    if (!options.defer_layout) layout.Analyze(outlets, &doc);
    if (doc.title.empty() && doc.text.empty()) {
      return Status::DataError(doc.path.value_or("-") + ": no text found");
    }
    return doc;
  }

  Result<Document> FromText(std::string data, std::optional<std::string> name) const {
    Document doc;
    doc.id = ContentId(data);
    doc.path = std::move(name);
    doc.format = InputFormat::kText;
    doc.input = std::move(data);
    doc.text = doc.input;
    return Finish(std::move(doc));
  }

  Result<Document> FromHtml(std::string data, std::optional<std::string> name) const {
    HtmlExtract x = ExtractHtml(data);
    Document doc;
    doc.id = ContentId(data);
    doc.path = std::move(name);
    doc.format = InputFormat::kHtml;
    if (x.text.empty()) {
      return Status::DataError(doc.path.value_or("-") + ": HTML page has no visible text");
    }
    doc.input = std::move(data);
    doc.text = std::move(x.text);
    doc.input_of = std::move(x.input_of);
    doc.title = x.title;
    if (!x.lang.empty()) doc.language = x.lang.substr(0, 2);
    if (!x.url.empty()) doc.url = x.url;
    ApplyMetadata(x.site_name, x.url, x.published, &doc);
    return Finish(std::move(doc));
  }

  void ApplyMetadata(std::string_view outlet, std::string_view url, std::string_view published,
                     Document* doc) const {
    std::optional<uint32_t> o;
    Basis basis = Basis::kMetadata;
    if (!outlet.empty()) o = outlets.FindByName(outlet);
    if (!o && !url.empty()) {
      o = outlets.FindByUrl(url);
      basis = Basis::kUrl;
    }
    if (o) {
      const OutletEntry& e = outlets.entry(*o);
      doc->outlet = OutletRef{e.id, e.name_ar, basis, std::nullopt};
    } else if (!outlet.empty()) {
      doc->diagnostics.push_back({"unknown outlet '" + std::string(outlet) + "'", std::nullopt});
    }
    if (!published.empty()) {
      if (auto t = ParseTimestamp(published)) {
        t->basis = Basis::kMetadata;
        t->evidence.reset();
        doc->published = t;
      } else {
        doc->diagnostics.push_back({"unreadable publication time '" + std::string(published) + "'",
                                    std::nullopt});
      }
    }
  }

  void FromJsonl(std::string_view data, const std::string& name, const Sink& sink) const {
    simdjson::ondemand::parser parser;
    size_t pos = 0;
    int line_no = 0;
    while (pos < data.size()) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string_view::npos) nl = data.size();
      std::string_view line = data.substr(pos, nl - pos);
      pos = nl + 1;
      ++line_no;
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      const std::string where = name + ":" + std::to_string(line_no);
      sink(FromJsonLine(parser, line, where));
    }
  }

  Result<Document> FromJsonLine(simdjson::ondemand::parser& parser, std::string_view line,
                                const std::string& where) const {
    const simdjson::padded_string padded(line);
    std::string text, html, title, outlet, url, published;
    try {
      simdjson::ondemand::document d = parser.iterate(padded);
      simdjson::ondemand::object obj = d.get_object();
      for (auto field : obj) {
        const std::string_view key = field.unescaped_key();
        simdjson::ondemand::value v = field.value();
        if (v.type() != simdjson::ondemand::json_type::string) {
          if (key == "text" || key == "html" || key == "title") {
            return Status::DataError(where + ": field '" + std::string(key) + "' is not a string");
          }
          continue;
        }
        const std::string_view s = v.get_string();
        if (key == "text" || ((key == "content" || key == "body") && text.empty())) text = s;
        else if (key == "html") html = s;
        else if (key == "title" || key == "headline") title = s;
        else if (key == "outlet" || ((key == "source" || key == "src" || key == "site") && outlet.empty())) outlet = s;
        else if (key == "url" || (key == "link" && url.empty())) url = s;
        else if (key == "published" || ((key == "date" || key == "time" || key == "pubDate" ||
                                          key == "date_published" || key == "datePublished") &&
                                         published.empty())) {
          published = s;
        }
      }
    } catch (const simdjson::simdjson_error& e) {
      return Status::DataError(where + ": malformed JSON (" + std::string(e.what()) + ")");
    }
    if (text.empty() && html.empty()) {
      return Status::DataError(where + ": no 'text' or 'html' field");
    }
    Document doc;
    if (!html.empty() && text.empty()) {
      auto r = FromHtml(std::move(html), where);
      if (!r.ok()) return r;
      doc = std::move(r).value();
      doc.format = InputFormat::kJsonl;
      if (!title.empty()) doc.title = title;
    } else {
      if (const std::string why = Reject(text); !why.empty()) {
        return Status::DataError(where + ": text field: " + why);
      }
      doc.id = ContentId(text, title);
      doc.path = where;
      doc.format = InputFormat::kJsonl;
      doc.input = std::move(text);
      doc.text = doc.input;
      doc.title = title;
    }
    if (!url.empty()) doc.url = url;
    ApplyMetadata(outlet, url, published, &doc);
    return Finish(std::move(doc));
  }

  void Dispatch(std::string data, std::optional<std::string> name,
                const std::filesystem::path& path, const Sink& sink) const {
    const std::string label = name.value_or("-");
    if (const std::string why = Reject(data); !why.empty()) {
      sink(Status::DataError(label + ": " + why));
      return;
    }
    switch (KindOf(path, data)) {
      case Kind::kJsonl: FromJsonl(data, label, sink); break;
      case Kind::kHtml: sink(FromHtml(std::move(data), std::move(name))); break;
      case Kind::kText: sink(FromText(std::move(data), std::move(name))); break;
    }
  }

  // JSON Lines files are containers of documents: they are read line by line, so a corpus of
  // any size streams through in flat memory; the size limit applies to each line.
  void StreamJsonl(const std::filesystem::path& p, const Sink& sink) const {
    const std::string name = p.string();
    std::error_code ec;
    if (!std::filesystem::exists(p, ec)) return sink(Status::NotFound(name + ": no such file"));
    std::ifstream in(p, std::ios::binary);
    if (!in) return sink(Status::IoError(name + ": cannot open"));
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (head.empty()) return sink(Status::DataError(name + ": empty file"));
    if (head.find('\0') != std::string::npos) {
      return sink(Status::DataError(name + ": binary file (contains NUL bytes)"));
    }
    in.clear();
    in.seekg(0);
    simdjson::ondemand::parser parser;
    std::string line;
    int line_no = 0;
    bool any = false;
    while (std::getline(in, line)) {
      ++line_no;
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      any = true;
      const std::string where = name + ":" + std::to_string(line_no);
      if (line.size() > options.max_bytes) {
        sink(Status::DataError(where + ": line too large (" + std::to_string(line.size() >> 20) + " MB)"));
        continue;
      }
      sink(FromJsonLine(parser, line, where));
    }
    if (in.bad()) sink(Status::IoError(name + ": read failed at line " + std::to_string(line_no)));
    if (!any) sink(Status::DataError(name + ": empty file (only whitespace)"));
  }

  void ReadFile(const std::filesystem::path& p, const Sink& sink) const {
    std::string ext = p.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".jsonl" || ext == ".ndjson") return StreamJsonl(p, sink);
    auto data = ReadFileLimited(p, options.max_bytes);
    if (!data.ok()) {
      sink(data.status());
      return;
    }
    Dispatch(std::move(data).value(), p.string(), p, sink);
  }
};

DocumentReader::DocumentReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DocumentReader::DocumentReader(DocumentReader&&) noexcept = default;
DocumentReader& DocumentReader::operator=(DocumentReader&&) noexcept = default;
DocumentReader::~DocumentReader() = default;

Result<DocumentReader> DocumentReader::Create(const ReaderOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const std::filesystem::path data = options.data_dir.empty() ? DataDir() : options.data_dir;
  std::vector<std::filesystem::path> outlet_files{data / "dict" / "outlets.tsv"};
  outlet_files.insert(outlet_files.end(), options.extra_outlets.begin(), options.extra_outlets.end());
  ISNAD_ASSIGN_OR_RETURN(impl->outlets, OutletDirectory::Load(outlet_files));
  ISNAD_ASSIGN_OR_RETURN(impl->layout, PageLayout::Load(data / "page" / "furniture.tsv"));
  return DocumentReader(std::move(impl));
}

const OutletDirectory& DocumentReader::outlets() const { return impl_->outlets; }

void DocumentReader::ReadLayout(const NormalizedText& norm, const std::vector<Token>& tokens,
                                Document* doc) const {
  impl_->layout.Analyze(impl_->outlets, norm, tokens, doc);
}

void DocumentReader::ReadBuffer(std::string data, std::optional<std::string> name,
                                const Sink& sink) const {
  const std::filesystem::path p = name ? std::filesystem::path(*name) : std::filesystem::path();
  impl_->Dispatch(std::move(data), std::move(name), p, sink);
}

void DocumentReader::Read(const std::vector<std::string>& paths, const Sink& sink) const {
  for (const std::string& arg : paths) {
    if (arg == "-") {
      auto data = ReadStdinLimited(impl_->options.max_bytes);
      if (!data.ok()) {
        sink(data.status());
        continue;
      }
      impl_->Dispatch(std::move(data).value(), std::nullopt, {}, sink);
      continue;
    }
    const std::filesystem::path p(arg);
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::filesystem::path> files;
      for (auto it = std::filesystem::recursive_directory_iterator(
               p, std::filesystem::directory_options::skip_permission_denied, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        const std::string leaf = it->path().filename().string();
        if (!leaf.empty() && leaf[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec)) files.push_back(it->path());
      }
      if (ec) sink(Status::IoError(arg + ": cannot list directory: " + ec.message()));
      std::sort(files.begin(), files.end());
      for (const auto& f : files) impl_->ReadFile(f, sink);
      continue;
    }
    impl_->ReadFile(p, sink);
  }
}

}  // namespace isnad
