// Peer: Lucene 8.7's ArabicAnalyzer (standard tokenizer, lower case, stop words, Arabic
// normalization, Arabic light stemming) over the benchmark corpus written by corpus_dump
// (documents separated by NUL). Prints one JSON object: input MB/s over `reps` timed passes
// after `warmup` passes, median, min and max, as bench/run.sh expects.
//   java -cp lucene-core.jar:lucene-analyzers-common.jar:. LuceneArabicBench CORPUS [reps] [warmup]
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public final class LuceneArabicBench {
  private static long analyzeAll(Analyzer analyzer, List<String> docs) throws Exception {
    long tokens = 0;
    for (String doc : docs) {
      try (TokenStream ts = analyzer.tokenStream("text", doc)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          tokens += term.length() > 0 ? 1 : 0;
        }
        ts.end();
      }
    }
    return tokens;
  }

  public static void main(String[] args) throws Exception {
    byte[] raw = Files.readAllBytes(Paths.get(args[0]));
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<String> docs = new ArrayList<>();
    long bytes = 0;
    int start = 0;
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == 0) {
        docs.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
        bytes += i - start;
        start = i + 1;
      }
    }
    long tokens = 0;
    double[] mbs = new double[reps];
    try (Analyzer analyzer = new ArabicAnalyzer()) {
      for (int i = 0; i < warmup; i++) analyzeAll(analyzer, docs);
      for (int i = 0; i < reps; i++) {
        long t0 = System.nanoTime();
        tokens = analyzeAll(analyzer, docs);
        long t1 = System.nanoTime();
        mbs[i] = (bytes / 1e6) / ((t1 - t0) / 1e9);
      }
    }
    double[] sorted = mbs.clone();
    Arrays.sort(sorted);
    double median = reps % 2 == 1 ? sorted[reps / 2] : (sorted[reps / 2 - 1] + sorted[reps / 2]) / 2;
    System.out.printf(java.util.Locale.ROOT,
        "{\"peer\": \"lucene-8.7-ArabicAnalyzer\", \"docs\": %d, \"bytes\": %d, \"tokens\": %d, "
            + "\"mb_s_median\": %.2f, \"mb_s_min\": %.2f, \"mb_s_max\": %.2f, \"reps\": %d}%n",
        docs.size(), bytes, tokens, median, sorted[0], sorted[reps - 1], reps);
  }
}
