// Stories and claim groups end to end: analyse, store (SQLite in a temp dir), group.
#include "stories/stories.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "pipeline/engine.h"
#include "pipeline/stored.h"

namespace isnad {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

const Engine& TheEngine() {
  static const Engine* e = [] {
    auto r = Engine::Create(EngineOptions{"data"});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.value().release();
  }();
  return *e;
}

std::unordered_map<std::string, std::string> Parents() {
  std::unordered_map<std::string, std::string> p;
  for (const Entity& e : TheEngine().dictionary().entries()) {
    if (e.kind == EntityKind::kPlace) p[e.id] = e.affiliation;
  }
  return p;
}

class StoriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("isnad-stories-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto s = Store::Open((dir_ / "t.db").string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  void Ingest(const std::vector<std::string>& paths) {
    std::vector<StoredDocument> batch;
    TheEngine().reader().Read(paths, [&](Result<Document> d) {
      ASSERT_TRUE(d.ok()) << d.status().ToString();
      batch.push_back(ToStored(TheEngine().Analyze(std::move(d).value()), &TheEngine().rarity()));
    });
    std::vector<std::string> skipped;
    ASSERT_TRUE(store_->PutBatch(&batch, StoryOptions{}, &skipped).ok());
  }
  void IngestText(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    Ingest({(dir_ / name).string()});
  }
  Json Stories() {
    auto rows = store_->Documents(true);
    EXPECT_TRUE(rows.ok());
    return BuildStories(*rows, Parents());
  }
  fs::path dir_;
  std::unique_ptr<Store> store_;
};

std::vector<std::set<std::string>> Membership(const Json& stories) {
  std::vector<std::set<std::string>> out;
  for (const Json& s : stories["stories"]) {
    std::set<std::string> outlets;
    for (const Json& d : s["documents"]) outlets.insert(d["outlet"]["id"].get<std::string>());
    out.push_back(outlets);
  }
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<std::set<std::string>> kSeedStories = {
    {"aawsat", "aljazeera", "orient", "syriatv"}, {"arabi21"}};

TEST_F(StoriesTest, SeedsFormTheBaghuzAndTheDeirEzZorStories) {
  const std::string s = "data/sample/seeds/";
  for (const char* f : {"000_8fecca9244186be6.txt", "001_ca6f0b7c83dff426.txt", "002_5e1237ce7e7ca306.txt",
                        "003_93425df8eb9f4d51.txt", "004_ed11242bf69f993c.txt"}) {
    Ingest({s + f});  // one at a time: stories are built incrementally
  }
  EXPECT_EQ(Membership(Stories()), kSeedStories);
}

TEST_F(StoriesTest, StoriesDoNotDependOnIngestOrder) {
  const std::string s = "data/sample/seeds/";
  for (const char* f : {"004_ed11242bf69f993c.txt", "000_8fecca9244186be6.txt", "003_93425df8eb9f4d51.txt",
                        "001_ca6f0b7c83dff426.txt", "002_5e1237ce7e7ca306.txt"}) {
    Ingest({s + f});
  }
  EXPECT_EQ(Membership(Stories()), kSeedStories);
}

TEST_F(StoriesTest, ConflictingSurrenderFiguresAreAContradiction) {
  Ingest({"data/sample/seeds"});
  const Json j = Stories();
  bool found = false;
  for (const Json& st : j["stories"]) {
    for (const Json& g : st["groups"]) {
      if (g["type"] != "surrender" || g["unit"] != "fighters") continue;
      std::set<std::string> outlets;
      for (const Json& c : g["claims"]) outlets.insert(c["outlet"].get<std::string>());
      if (outlets.count("aljazeera") && outlets.count("orient")) {
        found = true;
        EXPECT_FALSE(g["agree"].get<bool>());
        EXPECT_FALSE(g["contradictions"].empty());
        EXPECT_GE(g["independent_sources"].get<int>(), 3);
      }
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(StoriesTest, OneJournalistQuotedByTwoOutletsCountsOnce) {
  // Synthetic reports written for this test: two outlets quote the same named journalist for
  // the same figure; a third outlet has its own anonymous source.
  IngestText("a.txt", "خروج مقاتلين من بلدة الباغوز\n\nالمصدر : الجزيرة\n\nوقال الصحفي صهيب الجابر إن 150 مقاتلا خرجوا من بلدة الباغوز أمس.");
  IngestText("b.txt", "خروج مقاتلين من الباغوز شرق دير الزور\n\nأورينت نت - خاص\n\nوأكد الصحفي صهيب الجابر أن نحو 150 مقاتلا خرجوا من بلدة الباغوز.");
  IngestText("c.txt", "خروج عناصر التنظيم من الباغوز\n\nتلفزيون سوريا - متابعات\n\nوقال مصدر محلي إن 150 مقاتلا خرجوا من بلدة الباغوز.");
  const Json j = Stories();
  ASSERT_EQ(j["stories"].size(), 1u);
  bool checked = false;
  for (const Json& g : j["stories"][0]["groups"]) {
    if (g["type"] == "evacuation" && g["unit"] == "fighters" && g["claims"].size() == 3) {
      EXPECT_EQ(g["independent_sources"].get<int>(), 2);
      EXPECT_TRUE(g["agree"].get<bool>());
      checked = true;
    }
  }
  EXPECT_TRUE(checked);
}

TEST_F(StoriesTest, ReingestingAddsNothing) {
  Ingest({"data/sample/seeds"});
  auto before = store_->Count();
  Ingest({"data/sample/seeds"});
  auto after = store_->Count();
  ASSERT_TRUE(before.ok() && after.ok());
  EXPECT_EQ(*before, 5);
  EXPECT_EQ(*after, 5);
}

TEST_F(StoriesTest, NearCopyCountsAsItsOriginal) {
  std::ifstream f("data/sample/seeds/002_5e1237ce7e7ca306.txt");
  std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  Ingest({"data/sample/seeds/002_5e1237ce7e7ca306.txt"});
  IngestText("copy.txt", text + "\nنقلا عن الشرق الأوسط\n");  // a syndicated copy, one line added
  const Json j = Stories();
  ASSERT_EQ(j["stories"].size(), 1u);
  int copies = 0;
  for (const Json& d : j["stories"][0]["documents"]) copies += d.contains("near_copy_of");
  EXPECT_EQ(copies, 1);
}

}  // namespace
}  // namespace isnad
