#include "base/file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace isnad {

Result<std::string> ReadFileLimited(const std::filesystem::path& path, size_t max_bytes) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return Status::NotFound(path.string() + ": no such file");
  }
  if (std::filesystem::is_directory(status)) {
    return Status::InvalidArgument(path.string() + ": is a directory");
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > max_bytes) {
    return Status::DataError(path.string() + ": file too large (" + std::to_string(size >> 20) +
                             " MB; the limit is " + std::to_string(max_bytes >> 20) + " MB)");
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return Status::IoError(path.string() + ": cannot open: " + std::strerror(errno));
  }
  std::string data;
  if (!ec) data.reserve(size);
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    data.append(buf, n);
    if (data.size() > max_bytes) {  // special files report no size: enforce while reading
      std::fclose(f);
      return Status::DataError(path.string() + ": file too large (over " +
                               std::to_string(max_bytes >> 20) + " MB)");
    }
  }
  const bool failed = std::ferror(f) != 0;
  const int err = errno;
  std::fclose(f);
  if (failed) return Status::IoError(path.string() + ": read failed: " + std::strerror(err));
  return data;
}

Result<std::string> ReadStdinLimited(size_t max_bytes) {
  std::string data;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
    data.append(buf, n);
    if (data.size() > max_bytes) {
      return Status::DataError("-: standard input too large (over " +
                               std::to_string(max_bytes >> 20) + " MB)");
    }
  }
  if (std::ferror(stdin)) return Status::IoError("-: reading standard input failed");
  return data;
}

}  // namespace isnad
