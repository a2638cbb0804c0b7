#include "ingest/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace isnad {
namespace {

namespace fs = std::filesystem;

const DocumentReader& Reader() {
  static const DocumentReader* reader = [] {
    auto r = DocumentReader::Create(ReaderOptions{fs::path("data")});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new DocumentReader(std::move(r).value());
  }();
  return *reader;
}

struct Batch {
  std::vector<Document> docs;
  std::vector<std::string> errors;
};

Batch ReadAll(const std::vector<std::string>& paths) {
  Batch b;
  Reader().Read(paths, [&](Result<Document> d) {
    if (d.ok()) b.docs.push_back(std::move(d).value());
    else b.errors.push_back(d.status().message());
  });
  return b;
}

Document ReadSeed(const std::string& name) {
  Batch b = ReadAll({"data/sample/seeds/" + name});
  EXPECT_EQ(b.docs.size(), 1u);
  return b.docs.empty() ? Document{} : std::move(b.docs[0]);
}

std::string ZoneText(const Document& d, ZoneKind k) {
  std::string s;
  for (const Zone& z : d.zones) {
    if (z.kind == k) s += std::string(d.TextOf(z.span)) + "\n";
  }
  return s;
}

// The five seeds, one behaviour each: title, outlet with its basis, date.
TEST(SeedTest, AlJazeeraOutletFromCreditLine) {
  const Document d = ReadSeed("000_8fecca9244186be6.txt");
  EXPECT_EQ(d.title, "أنباء عن استسلام شبه جماعي لعناصر تنظيم الدولة بسوريا");
  ASSERT_TRUE(d.outlet);
  EXPECT_EQ(d.outlet->id, "aljazeera");
  EXPECT_EQ(d.outlet->basis, Basis::kCreditLine);
  EXPECT_FALSE(d.published.has_value());
  EXPECT_EQ(d.language, "ar");
  // Photo captions between title and body are not body text.
  EXPECT_NE(ZoneText(d, ZoneKind::kCaption).find("(الجزيرة-أرشيف)"), std::string::npos);
  EXPECT_EQ(ZoneText(d, ZoneKind::kBody).find("الجزيرة-أرشيف"), std::string::npos);
}

TEST(SeedTest, OrientOutletFromSelfReferencesAndCommentBlockRemoved) {
  const Document d = ReadSeed("001_ca6f0b7c83dff426.txt");
  EXPECT_EQ(d.title, "أورينت تكشف وجود اتفاق غير معلن لخروج \"داعش\" من الباغوز شرقي ديرالزور");
  ASSERT_TRUE(d.outlet);
  EXPECT_EQ(d.outlet->id, "orient");
  EXPECT_EQ(d.outlet->basis, Basis::kSelfReference);
  const std::string body = ZoneText(d, ZoneKind::kBody);
  EXPECT_NE(body.find("أفادت مصادر متطابقة"), std::string::npos);
  EXPECT_EQ(body.find("الأكثر قراءة"), std::string::npos);
  EXPECT_EQ(body.find("أهم المواضيع"), std::string::npos);
  EXPECT_NE(ZoneText(d, ZoneKind::kComments).find("التعليقات (0)"), std::string::npos);
}

TEST(SeedTest, AsharqAlAwsatOutletFromBylineNotTheQuotedPaper) {
  const Document d = ReadSeed("002_5e1237ce7e7ca306.txt");
  EXPECT_EQ(d.title, "استسلام بعض مقاتلي داعش في شرق سوريا");
  ASSERT_TRUE(d.outlet);
  EXPECT_EQ(d.outlet->id, "aawsat");
  EXPECT_EQ(d.outlet->basis, Basis::kByline);
  EXPECT_EQ(ZoneText(d, ZoneKind::kBody).find("شكرا للتعليق"), std::string::npos);
}

TEST(SeedTest, SyriaTvDatelineWithZoneAndSuggestedArticlesRemoved) {
  const Document d = ReadSeed("003_93425df8eb9f4d51.txt");
  EXPECT_EQ(d.title, "بالفيديو.. عناصر أجانب لـ\"داعش\" يسلّمون أنفسهم لـ\"قسد\"");
  ASSERT_TRUE(d.outlet);
  EXPECT_EQ(d.outlet->id, "syriatv");
  ASSERT_TRUE(d.published);
  EXPECT_EQ(d.published->ToIso(), "2019-02-27T14:02:00+02:00");
  EXPECT_EQ(d.published->basis, Basis::kDateline);
  const std::string body = ZoneText(d, ZoneKind::kBody);
  EXPECT_EQ(body.find("لقاح سبوتنيك"), std::string::npos);
  EXPECT_NE(body.find("بينهم3800"), std::string::npos);
}

TEST(SeedTest, Arabi21TitleBelowSectionLabelAndCommentNotReporting) {
  const Document d = ReadSeed("004_ed11242bf69f993c.txt");
  EXPECT_EQ(d.title, "\"الدولة\" يفاوض النظام السوري لخروج مقاتليه من دير الزور");
  ASSERT_TRUE(d.outlet);
  EXPECT_EQ(d.outlet->id, "arabi21");
  // The only date on the page is a reader comment's: it bounds publication from above.
  ASSERT_TRUE(d.published);
  EXPECT_EQ(d.published->ToIso(), "2017-11-01T00:40:00");
  EXPECT_TRUE(d.published->upper_bound);
  EXPECT_EQ(d.published->basis, Basis::kComment);
  const size_t comment = d.text.find("انتهت مهمة جيف البغدادي");
  ASSERT_NE(comment, std::string::npos);
  EXPECT_FALSE(d.IsReporting(Span{static_cast<uint32_t>(comment), static_cast<uint32_t>(comment + 10)}));
  EXPECT_EQ(ZoneText(d, ZoneKind::kBody).find("اقرأ أيضا"), std::string::npos);
  EXPECT_NE(ZoneText(d, ZoneKind::kSectionLabel).find("ملفات وتقارير"), std::string::npos);
}

TEST(SeedTest, EverySpanQuotesTheInputExactly) {
  for (const auto& e : fs::directory_iterator("data/sample/seeds")) {
    const Document d = ReadSeed(e.path().filename().string());
    std::ifstream f(e.path(), std::ios::binary);
    const std::string raw((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    EXPECT_EQ(d.input, raw);
    ASSERT_TRUE(d.title_span);
    EXPECT_EQ(d.InputBytes(*d.title_span), d.title);
    if (d.outlet && d.outlet->evidence) {
      const Span s = d.ToInput(*d.outlet->evidence);
      EXPECT_EQ(raw.substr(s.start, s.end - s.start), d.InputBytes(*d.outlet->evidence));
    }
    uint32_t last = 0;
    for (const Zone& z : d.zones) {
      EXPECT_LE(last, z.span.start);
      EXPECT_LE(z.span.end, raw.size());
      last = z.span.end;
    }
  }
}

TEST(SeedTest, SameContentSameId) {
  const Document a = ReadSeed("000_8fecca9244186be6.txt");
  Batch b;
  Reader().ReadBuffer(a.input, std::string("copy.txt"), [&](Result<Document> d) {
    b.docs.push_back(std::move(d).value());
  });
  EXPECT_EQ(b.docs[0].id, a.id);
  EXPECT_EQ(a.id.size(), 32u);
}

// --- Bad input: one clear message naming the file, and the batch goes on. ---

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("isnad-bad-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

TEST_F(BadInputTest, EachBadFileIsRejectedByNameAndGoodOnesStillRead) {
  const std::string good = Write("good.txt", "عنوان الخبر\n\nقال مصدر إن 70 عنصرا سلموا أنفسهم.");
  const std::string bad_utf8 = Write("bad.txt", "عنوان\n\xFF\xFE نص");
  const std::string binary = Write("img.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  const std::string empty = Write("empty.txt", "");
  const std::string blank = Write("blank.txt", " \n\n ");
  const Batch b = ReadAll({bad_utf8, good, binary, empty, blank, (dir_ / "missing.txt").string()});
  ASSERT_EQ(b.docs.size(), 1u);
  EXPECT_EQ(b.docs[0].title, "عنوان الخبر");
  ASSERT_EQ(b.errors.size(), 5u);
  EXPECT_EQ(b.errors[0], bad_utf8 + ": invalid UTF-8 at byte 11");
  EXPECT_NE(b.errors[1].find(binary + ": binary file"), std::string::npos);
  EXPECT_EQ(b.errors[2], empty + ": empty file");
  EXPECT_NE(b.errors[3].find(blank + ": empty file"), std::string::npos);
  EXPECT_NE(b.errors[4].find("missing.txt: no such file"), std::string::npos);
}

TEST_F(BadInputTest, OversizedFileIsRejectedWithoutReadingIt) {
  // A sparse 200 MB file: rejected by size before any byte is read.
  const fs::path big = dir_ / "big.txt";
  { std::ofstream(big, std::ios::binary) << "x"; }
  fs::resize_file(big, 200u << 20);
  const Batch b = ReadAll({big.string()});
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_NE(b.errors[0].find("big.txt: file too large (200 MB"), std::string::npos);
}

TEST_F(BadInputTest, MalformedJsonLinesAreRejectedByLineAndTheRestRead) {
  const std::string f = Write("feed.jsonl",
                              "{\"text\": \"نص أول\", \"title\": \"أول\", \"outlet\": \"BBC\"}\n"
                              "{\"text\": \"مقطوع\n"
                              "\n"
                              "{\"title\": \"بلا نص\"}\n"
                              "[1, 2]\n"
                              "{\"text\": 5}\n"
                              "{\"text\": \"نص ثان\", \"published\": \"2018-02-18T20:50:44Z\", \"url\": \"https://www.aljazeera.net/news/1\"}\n");
  const Batch b = ReadAll({f});
  ASSERT_EQ(b.docs.size(), 2u);
  EXPECT_EQ(b.docs[0].outlet->id, "bbcarabic");
  EXPECT_EQ(b.docs[0].path, f + ":1");
  EXPECT_EQ(b.docs[1].outlet->id, "aljazeera");
  EXPECT_EQ(b.docs[1].outlet->basis, Basis::kUrl);
  EXPECT_EQ(b.docs[1].published->ToIso(), "2018-02-18T20:50:44+00:00");
  ASSERT_EQ(b.errors.size(), 4u);
  EXPECT_NE(b.errors[0].find(f + ":2: malformed JSON"), std::string::npos);
  EXPECT_EQ(b.errors[1], f + ":4: no 'text' or 'html' field");
  EXPECT_NE(b.errors[2].find(f + ":5: malformed JSON"), std::string::npos);
  EXPECT_EQ(b.errors[3], f + ":6: field 'text' is not a string");
}

TEST_F(BadInputTest, JsonLinesStreamWithALimitPerLine) {
  // A corpus file may be far larger than one document: the limit applies per line.
  auto small = DocumentReader::Create(ReaderOptions{fs::path("data"), {}, 200});
  ASSERT_TRUE(small.ok());
  const std::string long_text(300, 'x');
  const std::string f = Write("big.jsonl", "{\"text\": \"نص قصير\"}\n{\"text\": \"" + long_text +
                                               "\"}\n{\"text\": \"نص آخر\"}\n");
  std::vector<std::string> errors;
  int docs = 0;
  small->Read({f}, [&](Result<Document> d) {
    if (d.ok()) ++docs;
    else errors.push_back(d.status().message());
  });
  EXPECT_EQ(docs, 2);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find(f + ":2: line too large"), std::string::npos);
}

TEST_F(BadInputTest, TruncatedHtmlStillYieldsItsText) {
  const std::string f = Write("cut.html",
                              "<html lang=\"ar\"><head><meta property=\"og:site_name\" content=\"عنب بلدي\">"
                              "<meta property=\"article:published_time\" content=\"2019-02-27T14:02:00+02:00\">"
                              "<title>عنوان الصفحة</title></head><body><nav>القائمة الرئيسية</nav>"
                              "<article><h1>خروج مئات المدنيين من الباغوز</h1><p>قال مصدر &amp; ناشطون إن");
  const Batch b = ReadAll({f});
  ASSERT_EQ(b.docs.size(), 1u) << (b.errors.empty() ? "" : b.errors[0]);
  const Document& d = b.docs[0];
  EXPECT_EQ(d.title, "خروج مئات المدنيين من الباغوز");
  EXPECT_EQ(d.published->ToIso(), "2019-02-27T14:02:00+02:00");
  EXPECT_EQ(d.text.find("القائمة الرئيسية"), std::string::npos);
  EXPECT_NE(d.text.find("قال مصدر & ناشطون إن"), std::string::npos);
  ASSERT_TRUE(d.title_span);
  EXPECT_EQ(d.InputBytes(*d.title_span), "خروج مئات المدنيين من الباغوز");
}

TEST_F(BadInputTest, HtmlWithoutTextIsRejected) {
  const std::string f = Write("empty.html", "<html><body><script>var x=1;</script></body></html>");
  const Batch b = ReadAll({f});
  ASSERT_EQ(b.errors.size(), 1u);
  EXPECT_EQ(b.errors[0], f + ": HTML page has no visible text");
}

TEST_F(BadInputTest, DirectoriesAreReadRecursivelyInOrder) {
  fs::create_directories(dir_ / "a" / "b");
  Write("a/b/2.txt", "ثاني\nنص");
  Write("a/1.txt", "أول\nنص");
  Write("a/.hidden", "\xFF");
  const Batch b = ReadAll({(dir_ / "a").string()});
  ASSERT_EQ(b.docs.size(), 2u);
  EXPECT_EQ(b.docs[0].title, "أول");
  EXPECT_EQ(b.docs[1].title, "ثاني");
  EXPECT_TRUE(b.errors.empty());
}

}  // namespace
}  // namespace isnad
