// Claim extraction, one behaviour per test. Sentences marked "synthetic" were written for the
// test to pin one rule; the others are real text from the seeds (data/sample/seeds) and the
// development set (tests/devset, from the shared corpora).
#include "claims/extractor.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "pipeline/engine.h"

namespace isnad {
namespace {

const Engine& TheEngine() {
  static const Engine* e = [] {
    auto r = Engine::Create(EngineOptions{"data"});
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.value().release();
  }();
  return *e;
}

std::vector<Analysis> Read(std::string data, std::string name) {
  std::vector<Analysis> out;
  TheEngine().reader().ReadBuffer(std::move(data), name, [&](Result<Document> d) {
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    out.push_back(TheEngine().Analyze(std::move(d).value()));
  });
  return out;
}

Analysis Seed(const std::string& file) {
  std::ifstream f("data/sample/seeds/" + file, std::ios::binary);
  std::string s((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  return std::move(Read(std::move(s), file).front());
}

// A one-line JSON Lines document with a known outlet, so the chain starts somewhere.
Analysis Text(const std::string& text) {
  std::string json = "{\"title\": \"t\", \"outlet\": \"bbcarabic\", \"text\": \"";
  for (char c : text) {
    if (c == '"') json += "\\\"";
    else if (c == '\n') json += "\\n";
    else json += c;
  }
  json += "\"}";
  return std::move(Read(json, "t.jsonl").front());
}

const Claim* WithCount(const Analysis& a, int64_t value) {
  for (const Claim& c : a.claims) {
    if (c.count && c.count->value == value) return &c;
  }
  return nullptr;
}

std::string Inner(const Claim& c) { return c.chain.empty() ? "" : c.chain.back().name; }

TEST(ClaimTest, CountWithUnitTypeAgentCounterpartAndAnonymousSource) {
  const Analysis a = Seed("000_8fecca9244186be6.txt");
  const Claim* c = WithCount(a, 70);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->type, ClaimType::kSurrender);
  EXPECT_EQ(c->modality, Modality::kAsserted);
  EXPECT_TRUE(c->count->approx);
  EXPECT_EQ(c->count->unit, CountUnit::kFighters);
  ASSERT_TRUE(c->counterpart);
  EXPECT_EQ(c->counterpart->id, "sdf");
  ASSERT_EQ(c->chain.size(), 2u);
  EXPECT_EQ(c->chain[0].id, "aljazeera");
  EXPECT_EQ(c->chain[1].kind, "anonymous");
  EXPECT_EQ(c->chain[1].name, "مصدر ميداني مطّلع");
  // Evidence quotes the input exactly.
  EXPECT_NE(a.doc.InputBytes(c->evidence).find("نحو سبعين عنصرا"), std::string::npos);
}

TEST(ClaimTest, SameSourceCarriedByBackReference) {
  // «بحسب المصدر ذاته» points back to «مصدر ميداني مطّلع».
  const Analysis a = Seed("000_8fecca9244186be6.txt");
  const Claim* c = WithCount(a, 400);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->type, ClaimType::kPresence);
  EXPECT_EQ(Inner(*c), "مصدر ميداني مطّلع");
}

TEST(ClaimTest, OneSentenceTwoFigures) {
  const Analysis a = Seed("002_5e1237ce7e7ca306.txt");
  const Claim* fighters = nullptr;
  const Claim* civilians = nullptr;
  for (const Claim& c : a.claims) {
    if (c.count && c.count->value == 150 && c.type == ClaimType::kEvacuation) fighters = &c;
    if (c.count && c.count->value == 350) civilians = &c;
  }
  ASSERT_NE(fighters, nullptr);
  ASSERT_NE(civilians, nullptr);
  EXPECT_EQ(fighters->count->unit, CountUnit::kFighters);
  EXPECT_EQ(civilians->count->unit, CountUnit::kCivilians);
  EXPECT_EQ(civilians->type, ClaimType::kEvacuation);
  EXPECT_EQ(fighters->evidence.start, civilians->evidence.start);
}

TEST(ClaimTest, DisputedFigureBelongsToTheSourceTheTextCorrects) {
  const Analysis a = Seed("001_ca6f0b7c83dff426.txt");
  const Claim* disputed = nullptr;
  const Claim* thousand = nullptr;
  for (const Claim& c : a.claims) {
    if (c.modality == Modality::kDisputed) disputed = &c;
    if (c.count && c.count->value == 1000 && c.count->unit == CountUnit::kFighters) thousand = &c;
  }
  ASSERT_NE(disputed, nullptr);
  EXPECT_EQ(disputed->count->min, 20);
  EXPECT_EQ(disputed->count->max, 99);
  EXPECT_EQ(disputed->chain.back().id, "anadolu");
  ASSERT_NE(thousand, nullptr);
  EXPECT_EQ(thousand->modality, Modality::kAsserted);
  EXPECT_EQ(Inner(*thousand), "مصادر خاصة");  // «علمت "أورينت نت" من مصادر خاصة»
}

TEST(ClaimTest, RelayedQuoteGivesANestedChain) {
  // «نقلت وكالة "رويترز" السبت الماضي عن قيادي في ميليشيا قسد قوله»
  const Analysis a = Seed("001_ca6f0b7c83dff426.txt");
  bool nested = false;
  for (const Claim& c : a.claims) {
    if (c.chain.size() == 3 && c.chain[1].id == "reuters" && c.chain[2].kind == "anonymous") nested = true;
  }
  EXPECT_TRUE(nested);
}

TEST(ClaimTest, NamedJournalistQuotedByTwoOutletsHasOneId) {
  const Analysis orient = Seed("001_ca6f0b7c83dff426.txt");
  const Analysis arabi21 = Seed("004_ed11242bf69f993c.txt");
  auto ids = [](const Analysis& a) {
    std::set<std::string> s;
    for (const Claim& c : a.claims) {
      for (const SourceLink& l : c.chain) {
        if (l.kind == "person") s.insert(l.id);
      }
    }
    return s;
  };
  EXPECT_TRUE(ids(orient).count("suhaib_aljaber"));
  EXPECT_TRUE(ids(arabi21).count("suhaib_aljaber"));
}

TEST(ClaimTest, PossibleOnlyBeforeAPresentVerb) {
  // Synthetic: «قد» + present is a possibility; «قد» + past is emphasis.
  const Analysis possible = Text("وقال المصدر إنه قد يتم إخراج نحو 1300 مدني من المدينة.");
  const Analysis asserted = Text("وقال المصدر إن القصف قد أسفر عن مقتل 12 مدنيا.");
  ASSERT_NE(WithCount(possible, 1300), nullptr);
  EXPECT_EQ(WithCount(possible, 1300)->modality, Modality::kPossible);
  ASSERT_NE(WithCount(asserted, 12), nullptr);
  EXPECT_EQ(WithCount(asserted, 12)->modality, Modality::kAsserted);
  EXPECT_EQ(WithCount(asserted, 12)->type, ClaimType::kAttack);
}

TEST(ClaimTest, HedgedAndDeniedByThirdParty) {
  const Analysis a = Seed("004_ed11242bf69f993c.txt");
  bool denied = false;
  for (const Claim& c : a.claims) {
    if (c.type == ClaimType::kAgreement && c.modality == Modality::kDenied) {
      denied = true;
      EXPECT_NE(Inner(c).find("وسائل إعلام موالية"), std::string::npos);
    }
  }
  EXPECT_TRUE(denied);
  // Synthetic: «يعتقد» hedges the figure after it.
  const Analysis h = Text("ويعتقد أن نحو 200 مقاتل ما زالوا داخل البلدة.");
  ASSERT_NE(WithCount(h, 200), nullptr);
  EXPECT_EQ(WithCount(h, 200)->modality, Modality::kHedged);
}

TEST(ClaimTest, YearsDatesAgesAndDurationsAreNeverCounts) {
  // Real sentences from the seeds and the development set.
  const Analysis a = Text(
      "والباغوز هي آخر جيب أعلن عليه التنظيم دولة الخلافة عام 2014.\n"
      "وأظهر الفيديو عنصرا معترفا بأنه كان يقاتل مع التنظيم منذ 6 سنوات.\n"
      "قتل فتى يبلغ من العمر نحو 13 عاماً.");
  for (const Claim& c : a.claims) {
    if (!c.count) continue;
    EXPECT_NE(c.count->value, 2014);
    EXPECT_NE(c.count->value, 6);
    EXPECT_NE(c.count->value, 13);
  }
}

TEST(ClaimTest, OutletVoiceWhenNobodyIsNamed) {
  const Analysis a = Text("وخرج 1092 مدنيا من الغوطة الشرقية الأحد.");
  const Claim* c = WithCount(a, 1092);
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->chain.size(), 1u);
  EXPECT_EQ(c->chain[0].kind, "outlet");
  EXPECT_EQ(c->type, ClaimType::kEvacuation);
}

TEST(ClaimTest, NoClaimsFromReaderComments) {
  const Analysis a = Seed("004_ed11242bf69f993c.txt");
  const size_t comments = a.doc.text.find("التعليقات (1)");
  ASSERT_NE(comments, std::string::npos);
  for (const Claim& c : a.claims) EXPECT_LT(c.evidence.end, comments);
}

TEST(ClaimTest, ReportingVerbWithSubjectBeforeIt) {
  // «كما أن وكالة الأناضول التركية ذكرت … بدأ مئات المدنيين بالخروج»
  const Analysis a = Seed("001_ca6f0b7c83dff426.txt");
  bool anadolu = false;
  for (const Claim& c : a.claims) {
    if (c.count && c.count->min == 200 && c.count->unit == CountUnit::kCivilians) {
      anadolu = c.chain.back().id == "anadolu";
    }
  }
  EXPECT_TRUE(anadolu);
}

}  // namespace
}  // namespace isnad
