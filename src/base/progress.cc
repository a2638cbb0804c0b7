#include "base/progress.h"

#include <unistd.h>

#include <cstdio>

namespace isnad {

Progress::Progress(std::string label, size_t total_items)
    : label_(std::move(label)), total_(total_items), enabled_(::isatty(2) == 1),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { Finish(); }

void Progress::Add(size_t items, size_t bytes) {
  items_ += items;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(200)) {
    return;
  }
  last_ = now;
  Draw(false);
}

void Progress::Finish() {
  if (enabled_ && drawn_) {
    Draw(true);
    std::fputc('\n', stderr);
  }
  enabled_ = false;
}

void Progress::Draw(bool final) {
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double mb = static_cast<double>(bytes_) / (1 << 20);
  char bar[32] = "";
  if (total_ > 0) {
    const size_t filled = items_ * 20 / total_;
    for (size_t i = 0; i < 20; ++i) bar[i] = i < filled ? '#' : '.';
    bar[20] = '\0';
  }
  const double rate = secs > 0 ? secs : 1;
  if (total_ > 0) {
    std::fprintf(stderr, "\r%s [%s] %zu/%zu documents, %.1f MB, %.0f docs/s, %.1f MB/s%s",
                 label_.c_str(), bar, items_, total_, mb, items_ / rate, mb / rate,
                 final ? "" : "   ");
  } else {
    std::fprintf(stderr, "\r%s %zu documents, %.1f MB, %.0f docs/s, %.1f MB/s%s", label_.c_str(),
                 items_, mb, items_ / rate, mb / rate, final ? "" : "   ");
  }
  drawn_ = true;
}

}  // namespace isnad
