// Writes the benchmark corpus (bench/corpus.h) to a file, documents separated by NUL bytes, so
// that the Java peer (bench/peers/LuceneArabicBench.java) times exactly the same text.
#include <cstdio>

#include "corpus.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: corpus_dump OUT\n");
    return 2;
  }
  const isnad::bench::Corpus& corpus = isnad::bench::LoadCorpus();
  std::FILE* f = std::fopen(argv[1], "wb");
  if (f == nullptr) return 1;
  for (const std::string& d : corpus.docs) {
    std::fwrite(d.data(), 1, d.size(), f);
    std::fputc('\0', f);
  }
  std::fclose(f);
  std::fprintf(stderr, "%zu documents, %zu bytes from %s\n", corpus.docs.size(), corpus.bytes,
               corpus.path.c_str());
  return 0;
}
