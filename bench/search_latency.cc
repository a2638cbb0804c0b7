// Search latency over a store: runs each query of a file (one per line) REPS times through
// SearchStore (FTS ranking, filters, snippets) in one process and prints p50/p99/max in
// milliseconds as JSON. Usage: search_latency STORE QUERIES [REPS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "isnad/store.h"
#include "pipeline/search.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: search_latency STORE QUERIES [REPS]\n");
    return 2;
  }
  auto store = isnad::Store::Open(argv[1]);
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.status().message().c_str());
    return 1;
  }
  std::vector<std::string> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) queries.push_back(line);
  }
  const int reps = argc > 3 ? std::stoi(argv[3]) : 3;
  std::vector<double> ms;
  size_t hits = 0;
  for (int r = 0; r < reps; ++r) {
    for (const std::string& q : queries) {
      isnad::SearchRequest req;
      req.query = q;
      req.limit = 20;
      const auto t0 = std::chrono::steady_clock::now();
      auto res = isnad::SearchStore(**store, req);
      const auto t1 = std::chrono::steady_clock::now();
      if (res.ok()) hits += (*res)["results"].size();
      ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms.empty() ? 0 : ms[std::min(ms.size() - 1, static_cast<size_t>(p * ms.size()))]; };
  std::printf("{\"queries\": %zu, \"runs\": %zu, \"hits\": %zu, \"p50_ms\": %.2f, \"p99_ms\": %.2f, \"max_ms\": %.2f}\n",
              queries.size(), ms.size(), hits, pct(0.50), pct(0.99), ms.empty() ? 0 : ms.back());
  return 0;
}
