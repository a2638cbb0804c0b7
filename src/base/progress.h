// Progress: a one-line progress report on standard error, shown only when standard error is
// a terminal and the work has taken more than a second. Not thread-safe: one owner updates it.
#ifndef ISNAD_BASE_PROGRESS_H_
#define ISNAD_BASE_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace isnad {

class Progress {
 public:
  explicit Progress(std::string label, size_t total_items = 0);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void Add(size_t items, size_t bytes);
  void Finish();

 private:
  void Draw(bool final);

  std::string label_;
  size_t total_;
  size_t items_ = 0;
  size_t bytes_ = 0;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace isnad

#endif  // ISNAD_BASE_PROGRESS_H_
