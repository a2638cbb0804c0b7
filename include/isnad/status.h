// Status and Result<T>: how isnad reports failures that touch the outside world (files,
// configuration, the store, the network front end). The analysis stages themselves never fail:
// odd news text becomes a diagnostic on the Document, not an error. No exceptions cross this
// API; Result<T> is shaped like std::expected so that it can become one at C++23.
// Thread-safety: plain values, safe to copy between threads.
#ifndef ISNAD_STATUS_H_
#define ISNAD_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace isnad {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something malformed
  kNotFound,         // a file or record that is not there
  kIoError,          // the operating system refused a read or write
  kDataError,        // input that cannot be a document: bad UTF-8, binary, empty, too large
  kCorruption,       // stored data that fails its own checks
  kUnavailable,      // a server that cannot be reached or went away
  kInternal,
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status DataError(std::string m) { return {StatusCode::kDataError, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status Unavailable(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit like expected
  Result(Status status) : v_(std::move(status)) {     // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result from an OK status has no value");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

#define ISNAD_CONCAT_INNER_(a, b) a##b
#define ISNAD_CONCAT_(a, b) ISNAD_CONCAT_INNER_(a, b)

#define ISNAD_RETURN_IF_ERROR(expr)          \
  do {                                       \
    ::isnad::Status isnad_status_ = (expr);  \
    if (!isnad_status_.ok()) return isnad_status_; \
  } while (0)

#define ISNAD_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) return tmp.status();                \
  lhs = std::move(tmp).value()

#define ISNAD_ASSIGN_OR_RETURN(lhs, expr) \
  ISNAD_ASSIGN_OR_RETURN_IMPL_(ISNAD_CONCAT_(isnad_result_, __LINE__), lhs, expr)

}  // namespace isnad

#endif  // ISNAD_STATUS_H_
