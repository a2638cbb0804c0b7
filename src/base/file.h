// Reading input files with the checks every reader shares: size limit, readable, not a
// directory. Errors name the path and the reason, for the user to act on.
#ifndef ISNAD_BASE_FILE_H_
#define ISNAD_BASE_FILE_H_

#include <cstddef>
#include <filesystem>
#include <string>

#include "isnad/status.h"

namespace isnad {

// Inputs larger than this are rejected rather than read: a news page is kilobytes, and a
// stray multi-gigabyte dump should not take the machine's memory with it.
inline constexpr size_t kMaxInputBytes = 64u << 20;

// Reads the whole file. NotFound / IoError / DataError (too large) name `path`.
Result<std::string> ReadFileLimited(const std::filesystem::path& path,
                                    size_t max_bytes = kMaxInputBytes);

// Reads standard input to the end, with the same limit.
Result<std::string> ReadStdinLimited(size_t max_bytes = kMaxInputBytes);

}  // namespace isnad

#endif  // ISNAD_BASE_FILE_H_
