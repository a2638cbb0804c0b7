// The benchmark corpus: the text fields of one JSON Lines news file, extracted once. Every
// benchmark (ours and the peers') reads the same bytes, so MB/s figures compare directly.
//
// The default file is the largest of the largest corpus in ../shared/corpora
// (ant-multisource/ant_skynews_middleEast.jsonl, 3,972 Sky News Arabia articles, 12.7 MB of
// JSON); ISNAD_BENCH_CORPUS overrides it. Not thread-safe; call from the benchmark's main
// thread before timing starts.
#ifndef ISNAD_BENCH_CORPUS_H_
#define ISNAD_BENCH_CORPUS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace isnad::bench {

struct Corpus {
  std::string path;
  std::vector<std::string> docs;  // title + "\n" + text (or content) of each line
  size_t bytes = 0;               // sum of docs[i].size()
};

// Loads the corpus once (later calls return the same object). Exits with a message naming the
// file when it cannot be read: a benchmark without its corpus has nothing to say.
const Corpus& LoadCorpus();

}  // namespace isnad::bench

#endif  // ISNAD_BENCH_CORPUS_H_
