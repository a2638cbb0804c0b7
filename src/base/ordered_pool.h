// OrderedPool: runs `work` on submitted items on N threads and hands every result to `sink`
// in the order the items were submitted. `sink` always runs on the thread that calls Submit()
// and Finish(), so it may write to a stream or a store without locking.
//
// Bounded: at most `in_flight` items are queued or being worked on; Submit() blocks (handing
// finished results to `sink` while it waits) until there is room. Memory therefore stays flat
// however long the input is. With one thread nothing is started: Submit() runs work and sink
// in place.
//
//   OrderedPool<Document, std::string> pool(threads, 64,
//       [&](Document d) { return AnalyzeJson(engine.Analyze(std::move(d))); },
//       [&](std::string s) { std::fwrite(s.data(), 1, s.size(), stdout); });
//   reader.Read(paths, [&](Result<Document> d) { if (d.ok()) pool.Submit(std::move(*d)); });
//   pool.Finish();
#ifndef ISNAD_BASE_ORDERED_POOL_H_
#define ISNAD_BASE_ORDERED_POOL_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace isnad {

// The number of worker threads a command uses when not told: one per core the process may
// run on.
inline int DefaultThreads() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

template <class In, class Out>
class OrderedPool {
 public:
  using Work = std::function<Out(In)>;
  using Sink = std::function<void(Out)>;

  OrderedPool(int threads, size_t in_flight, Work work, Sink sink)
      : work_(std::move(work)), sink_(std::move(sink)),
        in_flight_(std::max<size_t>(in_flight, 1)) {
    if (threads <= 1) return;
    workers_.reserve(static_cast<size_t>(threads));
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { WorkerLoop(); });
  }

  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  ~OrderedPool() { Finish(); }

  void Submit(In in) {
    if (workers_.empty()) {
      sink_(work_(std::move(in)));
      return;
    }
    std::unique_lock lock(mu_);
    while (slots_.size() >= in_flight_) {
      if (!slots_.front().out) {
        done_.wait(lock);
        continue;
      }
      DrainFront(lock);
    }
    slots_.push_back(Slot{std::move(in), std::nullopt});
    lock.unlock();
    ready_.notify_one();
  }

  // Waits for every submitted item and hands the remaining results to `sink`. Idempotent.
  void Finish() {
    if (workers_.empty()) return;
    {
      std::unique_lock lock(mu_);
      while (!slots_.empty()) {
        if (!slots_.front().out) {
          done_.wait(lock);
          continue;
        }
        DrainFront(lock);
      }
      stop_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
  }

 private:
  struct Slot {
    std::optional<In> in;
    std::optional<Out> out;
  };

  // Pops the finished front slot and runs `sink` on its result with the lock released.
  // Only the submitting thread pops, and std::deque keeps references to the other slots valid
  // across push_back and pop_front, so workers may keep writing to theirs meanwhile.
  void DrainFront(std::unique_lock<std::mutex>& lock) {
    Out out = std::move(*slots_.front().out);
    slots_.pop_front();
    ++front_seq_;
    lock.unlock();
    sink_(std::move(out));
    lock.lock();
  }

  void WorkerLoop() {
    std::unique_lock lock(mu_);
    for (;;) {
      ready_.wait(lock, [this] { return stop_ || next_claim_ < front_seq_ + slots_.size(); });
      if (next_claim_ >= front_seq_ + slots_.size()) return;  // stopping and nothing left
      Slot& slot = slots_[next_claim_ - front_seq_];
      ++next_claim_;
      In in = std::move(*slot.in);
      slot.in.reset();
      lock.unlock();
      Out out = work_(std::move(in));
      lock.lock();
      slot.out = std::move(out);
      done_.notify_all();
    }
  }

  Work work_;
  Sink sink_;
  const size_t in_flight_;
  std::mutex mu_;
  std::condition_variable ready_;  // an item was submitted, or stopping
  std::condition_variable done_;   // an item was finished
  std::deque<Slot> slots_;         // submitted and not yet handed to sink, in order
  uint64_t front_seq_ = 0;         // sequence number of slots_.front()
  uint64_t next_claim_ = 0;        // sequence number of the next item a worker takes
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace isnad

#endif  // ISNAD_BASE_ORDERED_POOL_H_
