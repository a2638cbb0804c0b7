#include "lexicon/tsv.h"

#include <unistd.h>

#include <cstdlib>

#include "base/file.h"
#include "base/utf8.h"

#ifndef ISNAD_SOURCE_DATA_DIR
#define ISNAD_SOURCE_DATA_DIR "data"
#endif

namespace isnad {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.emplace_back(Trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

int TsvTable::Column(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::string_view TsvTable::Get(const TsvRow& row, std::string_view name) const {
  const int c = Column(name);
  if (c < 0 || static_cast<size_t>(c) >= row.fields.size()) return {};
  return row.fields[c];
}

Result<TsvTable> ReadTsv(const std::filesystem::path& path,
                         const std::vector<std::string>& required) {
  ISNAD_ASSIGN_OR_RETURN(std::string data, ReadFileLimited(path));
  if (const size_t bad = FindInvalidUtf8(data); bad != std::string_view::npos) {
    return Status::DataError(path.string() + ": invalid UTF-8 at byte " + std::to_string(bad));
  }
  TsvTable table;
  table.path = path.string();
  std::string_view rest(data);
  int line_no = 0;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    ++line_no;
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (Trim(line).empty() || Trim(line).front() == '#') continue;
    if (table.columns.empty()) {
      table.columns = SplitTabs(line);
      for (const std::string& r : required) {
        if (table.Column(r) < 0) {
          return Status::DataError(path.string() + ":" + std::to_string(line_no) +
                                   ": header lacks column '" + r + "'");
        }
      }
      continue;
    }
    TsvRow row{line_no, SplitTabs(line)};
    if (row.fields.size() > table.columns.size()) {
      return Status::DataError(path.string() + ":" + std::to_string(line_no) + ": " +
                               std::to_string(row.fields.size()) + " fields, header has " +
                               std::to_string(table.columns.size()));
    }
    for (const std::string& r : required) {
      if (table.Get(row, r).empty()) {
        return Status::DataError(path.string() + ":" + std::to_string(line_no) +
                                 ": empty required field '" + r + "'");
      }
    }
    table.rows.push_back(std::move(row));
  }
  if (table.columns.empty()) return Status::DataError(path.string() + ": no header line");
  return table;
}

std::vector<std::string_view> SplitAlternatives(std::string_view field) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= field.size()) {
    const size_t bar = field.find('|', start);
    const std::string_view part =
        Trim(field.substr(start, bar == std::string_view::npos ? bar : bar - start));
    if (!part.empty()) out.push_back(part);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

std::filesystem::path DataDir() {
  if (const char* env = std::getenv("ISNAD_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  char buf[4096];
  const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    const std::filesystem::path exe(std::string(buf, static_cast<size_t>(n)));
    const auto installed = exe.parent_path().parent_path() / "share" / "isnad" / "data";
    if (std::filesystem::exists(installed / "dict")) return installed;
  }
  return ISNAD_SOURCE_DATA_DIR;
}

}  // namespace isnad
