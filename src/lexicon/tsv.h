// Dictionary files: UTF-8, tab-separated, a header line naming the columns, '#' comments and
// blank lines ignored, '|' separating several values inside one field. Users extend isnad by
// adding rows or whole files in this format; a malformed row is reported with file and line.
#ifndef ISNAD_LEXICON_TSV_H_
#define ISNAD_LEXICON_TSV_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "isnad/status.h"

namespace isnad {

struct TsvRow {
  int line = 0;  // 1-based line in the file, for messages
  std::vector<std::string> fields;
};

struct TsvTable {
  std::string path;
  std::vector<std::string> columns;
  std::vector<TsvRow> rows;

  // Index of a column by name, or -1.
  int Column(std::string_view name) const;
  // Field `name` of `row`, or "" when the column is absent or the row is short.
  std::string_view Get(const TsvRow& row, std::string_view name) const;
};

// Reads a TSV dictionary. Every row must have at most as many fields as the header, and the
// columns listed in `required` must exist and be non-empty in every row.
Result<TsvTable> ReadTsv(const std::filesystem::path& path,
                         const std::vector<std::string>& required = {});

// Splits "a|b|c" into trimmed non-empty parts.
std::vector<std::string_view> SplitAlternatives(std::string_view field);

// Directory holding the bundled data files: $ISNAD_DATA_DIR when set, else `data/` beside the
// executable's parent (an installed tree), else the source tree's data/ (a build tree).
std::filesystem::path DataDir();

}  // namespace isnad

#endif  // ISNAD_LEXICON_TSV_H_
