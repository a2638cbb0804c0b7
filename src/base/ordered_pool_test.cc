#include "base/ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace isnad {
namespace {

// Results come out in submission order even when later items finish first.
TEST(OrderedPoolTest, KeepsSubmissionOrder) {
  std::vector<int> seen;
  {
    OrderedPool<int, int> pool(
        4, 16,
        [](int i) {
          // Early items take longest, so they finish last.
          std::this_thread::sleep_for(std::chrono::microseconds((50 - i % 50) * 20));
          return i * 2;
        },
        [&](int r) { seen.push_back(r); });
    for (int i = 0; i < 500; ++i) pool.Submit(i);
    pool.Finish();
    ASSERT_EQ(seen.size(), 500u);
  }
  for (int i = 0; i < 500; ++i) EXPECT_EQ(seen[i], i * 2) << "at " << i;
}

// The sink runs on the submitting thread only, so it may write without a lock.
TEST(OrderedPoolTest, SinkRunsOnTheSubmittingThread) {
  const std::thread::id me = std::this_thread::get_id();
  int wrong_thread = 0, calls = 0;
  OrderedPool<int, std::string> pool(
      3, 8, [](int i) { return std::to_string(i); },
      [&](std::string) { ++calls, wrong_thread += std::this_thread::get_id() != me; });
  for (int i = 0; i < 200; ++i) pool.Submit(i);
  pool.Finish();
  EXPECT_EQ(calls, 200);
  EXPECT_EQ(wrong_thread, 0);
}

// No more than `in_flight` items are held at once, however many are submitted: memory stays
// flat on long inputs.
TEST(OrderedPoolTest, BoundsItemsInFlight) {
  std::atomic<int> alive{0}, peak{0};
  OrderedPool<int, int> pool(
      2, 5,
      [&](int i) {
        const int now = ++alive;
        int p = peak.load();
        while (now > p && !peak.compare_exchange_weak(p, now)) {
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        return i;
      },
      [&](int) { --alive; });
  for (int i = 0; i < 300; ++i) pool.Submit(i);
  pool.Finish();
  EXPECT_EQ(alive.load(), 0);
  EXPECT_LE(peak.load(), 5);
  EXPECT_GE(peak.load(), 2);  // the two workers did run at the same time
}

// One thread starts nothing: work and sink run in place, in order.
TEST(OrderedPoolTest, OneThreadRunsInPlace) {
  std::vector<int> seen;
  OrderedPool<int, int> pool(1, 4, [](int i) { return i + 1; }, [&](int r) { seen.push_back(r); });
  pool.Submit(1);
  EXPECT_EQ(seen, std::vector<int>{2});  // already handed over, before Finish
  pool.Submit(2);
  pool.Finish();
  EXPECT_EQ(seen, (std::vector<int>{2, 3}));
}

// Finish with nothing submitted, twice, and the destructor after it, all return.
TEST(OrderedPoolTest, FinishIsIdempotent) {
  int calls = 0;
  OrderedPool<int, int> pool(2, 4, [](int i) { return i; }, [&](int) { ++calls; });
  pool.Finish();
  pool.Finish();
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace isnad
