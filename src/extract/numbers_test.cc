// Tests for the number and quantity scanner: a table-driven gold set from real text and the
// peers' own suites (tests/data/numbers/gold.tsv, described in docs/numbers.md), and focused
// tests that pin one behaviour each.
#include "extract/numbers.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace isnad {
namespace {

struct Scanned {
  std::string text;
  std::vector<NumberMention> mentions;
  std::string Span(const NumberMention& m) const { return text.substr(m.begin, m.end - m.begin); }
};

Scanned Scan(const std::string& text) {
  static const Normalizer normalizer(NormLevel::kMatch);
  NormalizedText norm;
  std::vector<Token> tokens;
  Scanned s;
  s.text = text;
  normalizer.Normalize(text, &norm);
  Tokenize(norm, &tokens);
  ScanNumbers(norm, tokens, &s.mentions);
  return s;
}

// The one mention whose original text is exactly `span`; fails the test otherwise.
const NumberMention* Only(const Scanned& s, const std::string& span) {
  for (const NumberMention& m : s.mentions) {
    if (s.Span(m) == span) return &m;
  }
  std::string got;
  for (const NumberMention& m : s.mentions) got += " «" + s.Span(m) + "»";
  ADD_FAILURE() << "no mention «" << span << "» in «" << s.text << "»; got:" << got;
  return nullptr;
}

std::optional<int64_t> N(int64_t v) { return v; }
constexpr std::nullopt_t kNull = std::nullopt;

// ---------------------------------------------------------------------------------------------
// Gold set

std::string RepoPath(const std::string& rel) {
  const char* root = std::getenv("ISNAD_ROOT");
  return root ? std::string(root) + "/" + rel : rel;
}

struct GoldRow {
  int line = 0;
  std::vector<std::string> f;  // phrase span kind value min max approx measure source note
};

std::vector<GoldRow> LoadGold() {
  std::ifstream in(RepoPath("tests/data/numbers/gold.tsv"));
  std::vector<GoldRow> rows;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    GoldRow r;
    r.line = n;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, '\t')) r.f.push_back(field);
    while (r.f.size() < 10) r.f.emplace_back();
    rows.push_back(std::move(r));
  }
  return rows;
}

// Returns "" when the row holds, or what differs.
std::string CheckRow(const GoldRow& r) {
  const Scanned s = Scan(r.f[0]);
  const std::string& span = r.f[1];
  const std::string& kind = r.f[2];
  if (kind == "none") {
    std::string got;
    for (const NumberMention& m : s.mentions) got += " «" + s.Span(m) + "»";
    return s.mentions.empty() ? "" : "expected no mention, got" + got;
  }
  const size_t at = s.text.find(span);
  if (at == std::string::npos) return "span not in phrase";
  const NumberMention* hit = nullptr;
  for (const NumberMention& m : s.mentions) {
    if (m.begin == at && m.end == at + span.size()) hit = &m;
  }
  if (!hit) {
    std::string got;
    for (const NumberMention& m : s.mentions) got += " «" + s.Span(m) + "»";
    return "no mention with span «" + span + "»; got" + got;
  }
  std::string diff;
  auto opt = [](const std::optional<int64_t>& v) { return v ? std::to_string(*v) : "-"; };
  if (kind != "*" && NumberKindName(hit->kind) != kind) {
    diff += " kind=" + std::string(NumberKindName(hit->kind));
  }
  const std::string& value = r.f[3];
  if (value != "*") {
    if (value.find('.') != std::string::npos) {
      if (std::abs(hit->real - std::stod(value)) > 1e-6) diff += " real=" + std::to_string(hit->real);
    } else if (opt(hit->value) != value) {
      diff += " value=" + opt(hit->value);
    }
  }
  if (r.f[4] != "*" && opt(hit->min) != r.f[4]) diff += " min=" + opt(hit->min);
  if (r.f[5] != "*" && opt(hit->max) != r.f[5]) diff += " max=" + opt(hit->max);
  if (r.f[6] != "*" && r.f[6] != (hit->approx ? "1" : "0")) diff += " approx flipped";
  if (r.f[7] != "*" && r.f[7] != MeasureName(hit->measure)) {
    diff += " measure=" + std::string(MeasureName(hit->measure));
  }
  return diff;
}

// Known failures, by source, each with its reason. Keep this list short.
const char* const kExpectedFailures[][2] = {
    {"", ""},  // none today
};

bool ExpectedToFail(const std::string& source) {
  for (const auto& f : kExpectedFailures) {
    if (f[0][0] != '\0' && source == f[0]) return true;
  }
  return false;
}

TEST(NumbersGoldTest, AllRowsHold) {
  const std::vector<GoldRow> rows = LoadGold();
  ASSERT_GE(rows.size(), 300u) << "gold file missing or short: run tests from the repo root";
  int pass = 0, expected_fail = 0;
  for (const GoldRow& r : rows) {
    const std::string diff = CheckRow(r);
    if (ExpectedToFail(r.f[8])) {
      ++expected_fail;
      EXPECT_FALSE(diff.empty()) << "gold.tsv:" << r.line << " " << r.f[8]
                                 << " now passes: remove it from kExpectedFailures";
      continue;
    }
    if (diff.empty()) {
      ++pass;
    } else {
      ADD_FAILURE() << "gold.tsv:" << r.line << " [" << r.f[8] << "] «" << r.f[0] << "» want «"
                    << r.f[1] << "» " << r.f[2] << " " << r.f[3] << " [" << r.f[4] << ","
                    << r.f[5] << "]:" << diff;
    }
  }
  std::printf("numbers gold: %d/%zu rows pass, %d expected failures\n", pass, rows.size(),
              expected_fail);
  RecordProperty("gold_rows", static_cast<int>(rows.size()));
  RecordProperty("gold_pass", pass);
}

// ---------------------------------------------------------------------------------------------
// Focused behaviour

TEST(NumbersTest, ByteSpansMapToOriginalTextIncludingArabicIndicDigits) {
  const Scanned s = Scan("قال مصدر إن نحو ٣٨٠٠ مدنيٍّ خرجوا، وسلّم ٧٠ مقاتلاً أنفسهم");
  const NumberMention* a = Only(s, "نحو ٣٨٠٠");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->value, N(3800));
  EXPECT_TRUE(a->approx);
  const NumberMention* b = Only(s, "٧٠");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->value, N(70));
  // A proclitic is left out of the span, tashkeel inside stays: «وثلاثةُ» -> «ثلاثةُ».
  const Scanned t = Scan("قُتل رجلان وثلاثةُ أطفال");
  EXPECT_NE(Only(t, "ثلاثةُ"), nullptr);
}

TEST(NumbersTest, DigitsGluedToAWordAreRead) {
  const Scanned s = Scan("بينهم3800 مشتبه بانتمائهم له");
  const NumberMention* m = Only(s, "3800");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->value, N(3800));
  EXPECT_TRUE(m->counts());
}

TEST(NumbersTest, TwoFiguresInOneClauseStayApart) {
  const Scanned s = Scan("إن 150 من مقاتلي داعش غادروا القرية ومعهم 350 مدنيا");
  ASSERT_EQ(s.mentions.size(), 2u);
  EXPECT_EQ(s.mentions[0].value, N(150));
  EXPECT_EQ(s.mentions[1].value, N(350));
  EXPECT_EQ(Scan("ثلاثة وأربعة").mentions.size(), 2u);  // units are not summed
}

TEST(NumbersTest, SeparatorsAndDecimals) {
  EXPECT_EQ(Only(Scan("نحو 3,800 شخص"), "نحو 3,800")->value, N(3800));
  EXPECT_EQ(Only(Scan("قرابة ٣٬٨٠٠ شخص"), "قرابة ٣٬٨٠٠")->value, N(3800));
  EXPECT_DOUBLE_EQ(Only(Scan("بلغ 3.5 في المئة"), "3.5 في المئة")->real, 3.5);
  EXPECT_EQ(Only(Scan("بلغ ١٬٢٣٤٬٥٦٧ نسمة"), "١٬٢٣٤٬٥٦٧")->value, N(1234567));
  EXPECT_DOUBLE_EQ(Only(Scan("وزنه ٠,٠٨"), "٠,٠٨")->real, 0.08);
}

TEST(NumbersTest, NumberWordsInEveryGenderAndCase) {
  EXPECT_EQ(Only(Scan("نحو سبعين عنصرا"), "نحو سبعين")->value, N(70));
  EXPECT_EQ(Only(Scan("سبعون عنصرا"), "سبعون")->value, N(70));
  EXPECT_EQ(Only(Scan("أربعمئة عنصر"), "أربعمئة")->value, N(400));
  EXPECT_EQ(Only(Scan("أربعمائة عنصر"), "أربعمائة")->value, N(400));
  EXPECT_EQ(Only(Scan("ثلاثة آلاف وثمانمئة شخص"), "ثلاثة آلاف وثمانمئة")->value, N(3800));
  EXPECT_EQ(Only(Scan("مليون ونصف لاجئ"), "مليون ونصف")->value, N(1500000));
  EXPECT_EQ(Only(Scan("نحو مليون ونصف المليون لاجئ"), "نحو مليون ونصف المليون")->value,
            N(1500000));
  EXPECT_EQ(Only(Scan("عشرة معتقلين"), "عشرة")->value, N(10));
  EXPECT_EQ(Only(Scan("إحدى عشرة سيدة"), "إحدى عشرة")->value, N(11));
  EXPECT_EQ(Only(Scan("خمسة وعشرون قتيلا"), "خمسة وعشرون")->value, N(25));
  EXPECT_EQ(Only(Scan("مئة وستة عشر"), "مئة وستة عشر")->value, N(116));
  EXPECT_EQ(Only(Scan("مئتي عنصر"), "مئتي")->value, N(200));
  EXPECT_EQ(Only(Scan("مئتين عنصر"), "مئتين")->value, N(200));
  EXPECT_EQ(Only(Scan("ألفين شخص"), "ألفين")->value, N(2000));
  EXPECT_EQ(Only(Scan("نحو 40 ألف شخص"), "نحو 40 ألف")->value, N(40000));
  EXPECT_EQ(Only(Scan("1.5 مليون نازح"), "1.5 مليون")->value, N(1500000));
  EXPECT_EQ(Only(Scan("نصف مليون زبون"), "نصف مليون")->value, N(500000));
  EXPECT_EQ(Only(Scan("مليونا و221 ألفا و463 حاجا"), "مليونا و221 ألفا و463")->value,
            N(1221463));
}

TEST(NumbersTest, ApproximatorsKeepTheFigure) {
  for (const char* text : {"نحو 70 عنصرا", "حوالي 70 عنصرا", "قرابة 70 عنصرا", "زهاء 70 عنصرا",
                           "ما يقارب 70 عنصرا", "يناهز 70 عنصرا", "بنحو 70 عنصرا"}) {
    const Scanned s = Scan(text);
    ASSERT_EQ(s.mentions.size(), 1u) << text;
    const NumberMention& m = s.mentions[0];
    EXPECT_TRUE(m.approx) << text;
    EXPECT_EQ(m.value, N(70)) << text;
    EXPECT_EQ(m.min, N(70)) << text;
    EXPECT_EQ(m.max, N(70)) << text;
  }
  const Scanned scanned_1 = Scan("يقدر بـ 500 شخص");
  const NumberMention* est = Only(scanned_1, "500");
  ASSERT_NE(est, nullptr);
  EXPECT_TRUE(est->approx);
  const Scanned scanned_2 = Scan("5000 عنصر تقريبا");
  const NumberMention* after = Only(scanned_2, "5000");
  ASSERT_NE(after, nullptr);
  EXPECT_TRUE(after->approx);
  EXPECT_TRUE(Only(Scan("والبالغ عددهم قرابة الألف، ذكر"), "قرابة الألف")->approx);
}

TEST(NumbersTest, BoundsFollowTheSpec) {
  const Scanned scanned_3 = Scan("أكثر مِن 200 عنصر");
  const NumberMention* more = Only(scanned_3, "أكثر مِن 200");
  ASSERT_NE(more, nullptr);
  EXPECT_EQ(more->min, N(201));
  EXPECT_EQ(more->max, kNull);
  EXPECT_EQ(more->value, kNull);
  EXPECT_EQ(more->bound, Bound::kLower);
  EXPECT_FALSE(more->approx);
  EXPECT_EQ(Only(Scan("ما يزيد عن 60 فلسطينيا"), "ما يزيد عن 60")->min, N(61));
  EXPECT_EQ(Only(Scan("أزيد من ألف شخص"), "أزيد من ألف")->min, N(1001));
  EXPECT_EQ(Only(Scan("على الأقل 10 أشخاص"), "على الأقل 10")->min, N(10));
  EXPECT_EQ(Only(Scan("ما لا يقل عن 45 ألف شخص"), "ما لا يقل عن 45 ألف")->min, N(45000));
  EXPECT_EQ(Only(Scan("قتل 23 مدنيا على الأقل"), "23")->min, N(23));
  // ant_france24_middleEast.jsonl:214, ant_bbc_middleEast.jsonl:20: adjectives of the noun and
  // a comma may stand before «على الأقل»; a new clause may not.
  EXPECT_EQ(Only(Scan("استهدفت ثماني غارات جوية على الأقل"), "ثماني")->max, kNull);
  EXPECT_EQ(Only(Scan("وقُتل اثنان من المقاتلين الروس، على الأقل، في المعارك"), "اثنان")->max, kNull);
  EXPECT_EQ(Only(Scan("قتل 5 أشخاص وأصيب 10 على الأقل"), "5")->max, N(5));
  const Scanned scanned_4 = Scan("أقل من ألف باندا");
  const NumberMention* less = Only(scanned_4, "أقل من ألف");
  ASSERT_NE(less, nullptr);
  EXPECT_EQ(less->min, kNull);
  EXPECT_EQ(less->max, N(999));
}

TEST(NumbersTest, RangesGiveMinAndMax) {
  const Scanned scanned_5 = Scan("بين 40 و70 قتيلا");
  const NumberMention* a = Only(scanned_5, "بين 40 و70");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->min, N(40));
  EXPECT_EQ(a->max, N(70));
  EXPECT_EQ(a->value, kNull);
  EXPECT_EQ(a->bound, Bound::kRange);
  EXPECT_EQ(Only(Scan("ما بين 100 إلى 200 مقاتل"), "ما بين 100 إلى 200")->max, N(200));
  EXPECT_EQ(Only(Scan("150-200 مقاتل"), "150-200")->min, N(150));
  const Scanned scanned_6 = Scan("بين 270 و330 ألف سوري");
  const NumberMention* shared = Only(scanned_6, "بين 270 و330 ألف");
  ASSERT_NE(shared, nullptr);
  EXPECT_EQ(shared->min, N(270000));  // «بين 3 و4 آلاف»: the scale is shared
  EXPECT_EQ(shared->max, N(330000));
  EXPECT_EQ(Only(Scan("من 2006 إلى 2014"), "من 2006 إلى 2014")->kind, NumberKind::kYear);
}

TEST(NumbersTest, VagueQuantitiesUseExactlyTheSpecRanges) {
  struct Case {
    const char* text;
    const char* span;
    std::optional<int64_t> min, max;
  } cases[] = {
      {"سلم عشرات العناصر", "عشرات", 20, 99},
      {"خروج مئات الأشخاص", "مئات", 200, 999},
      {"للسماح لآلاف المدنيين", "آلاف", 2000, 9999},
      {"خرج عشرات الآلاف", "عشرات الآلاف", 20000, 99999},
      {"نزوح مئات الآلاف من السوريين", "مئات الآلاف", 200000, 999999},
      {"رضخت عدة مجموعات", "عدة", 3, 9},
      {"بضعة مقاتلين", "بضعة", 3, 9},
      {"بضع عشرات من المواطنين", "بضع عشرات", 30, 99},
      {"بضعة آلاف شخص", "بضعة آلاف", 3000, 9999},
      {"ورفض عدد من عناصر التنظيم", "عدد من", 2, kNull},
      {"أظهر عدداً كبيراً مِن العناصر", "عدداً كبيراً", kNull, kNull},
      {"لكن عددا غير محدد من المتشددين", "عددا غير محدد", kNull, kNull},
      {"أن عددا غير معلوم من المقاتلين", "عددا غير معلوم", kNull, kNull},
  };
  for (const Case& c : cases) {
    const Scanned scanned = Scan(c.text);  // keep the mentions alive while m points into them
    const NumberMention* m = Only(scanned, c.span);
    ASSERT_NE(m, nullptr) << c.text;
    EXPECT_EQ(m->kind, NumberKind::kVague) << c.text;
    EXPECT_EQ(m->value, kNull) << c.text;
    EXPECT_EQ(m->min, c.min) << c.text;
    EXPECT_EQ(m->max, c.max) << c.text;
    EXPECT_TRUE(m->counts()) << c.text;
  }
  // «أن عدد من سلم نفسه» is «the number of those who», not «several».
  EXPECT_TRUE(Scan("أن عدد من سلم نفسه للتحالف").mentions.empty());
  // «بعده» is «after it», not «with several».
  EXPECT_TRUE(Scan("ومن بعده ترامب").mentions.empty());
}

TEST(NumbersTest, DualsOnlyForListedNouns) {
  const Scanned scanned_7 = Scan("لا يزال يسيطر على حيين في مدينة دير الزور");
  const NumberMention* m = Only(scanned_7, "حيين");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, NumberKind::kDual);
  EXPECT_EQ(m->value, N(2));
  EXPECT_TRUE(m->counts());
  EXPECT_EQ(Only(Scan("في قريتي المراشدة والسفافنة"), "قريتي")->value, N(2));
  EXPECT_EQ(Only(Scan("قبل شهرين"), "شهرين")->measure, Measure::kDuration);
  // Sound masculine plurals in -ين are not duals.
  EXPECT_TRUE(Scan("حياة المدنيين في مناطق").mentions.empty());
  EXPECT_TRUE(Scan("زوجات مقاتلين الجماعات").mentions.empty());
  EXPECT_TRUE(Scan("رغم معارضة قياديين من الصف").mentions.empty());
}

TEST(NumbersTest, YearsDatesTimesPhonesAndAgesAreNotCounts) {
  const Scanned scanned_8 = Scan("السيطرة عليها عام 2014، كما");
  const NumberMention* y = Only(scanned_8, "2014");
  ASSERT_NE(y, nullptr);
  EXPECT_EQ(y->kind, NumberKind::kYear);
  EXPECT_FALSE(y->counts());
  EXPECT_EQ(Only(Scan("في عام 2017 وهو العام"), "2017")->kind, NumberKind::kYear);
  EXPECT_EQ(Only(Scan("تاريخ النشر: 27.02.2019 | 14:02 دمشق"), "27.02.2019")->kind,
            NumberKind::kDate);
  EXPECT_EQ(Only(Scan("تاريخ النشر: 27.02.2019 | 14:02 دمشق"), "14:02")->kind,
            NumberKind::kTime);
  EXPECT_EQ(Only(Scan("الأربعاء، 01-11-2017 12:40 ص"), "01-11-2017")->kind, NumberKind::kDate);
  EXPECT_EQ(Only(Scan("يوم التاسع مِن شهر شباط"), "التاسع")->kind, NumberKind::kOrdinal);
  EXPECT_EQ(Only(Scan("منذ 19 يونيو/حزيران"), "19 يونيو")->kind, NumberKind::kDate);
  EXPECT_EQ(Only(Scan("أو هاتف رقم: 0118261111"), "0118261111")->kind, NumberKind::kPhone);
  const Scanned scanned_9 = Scan("وقال محمد (30 عاما) إن");
  const NumberMention* age = Only(scanned_9, "30");
  ASSERT_NE(age, nullptr);
  EXPECT_EQ(age->measure, Measure::kAge);
  EXPECT_FALSE(age->counts());
  EXPECT_EQ(Only(Scan("منذ 6 سنوات"), "6")->measure, Measure::kDuration);
  EXPECT_TRUE(Only(Scan("2000 مدني"), "2000")->counts());  // a bare 2000 before a noun counts
}

TEST(NumbersTest, OrdinalsAndPercents) {
  EXPECT_EQ(Only(Scan("الخامس عشر من الشهر"), "الخامس عشر")->value, N(15));
  EXPECT_EQ(Only(Scan("الحادي والعشرين"), "الحادي والعشرين")->value, N(21));
  EXPECT_EQ(Only(Scan("المرة الثالثة"), "الثالثة")->kind, NumberKind::kOrdinal);
  EXPECT_EQ(Only(Scan("الدول الخمس عشرة الأعضاء"), "الخمس عشرة")->kind, NumberKind::kCardinal);
  EXPECT_EQ(Only(Scan("حصل على 30% من الأصوات"), "30%")->kind, NumberKind::kPercent);
  EXPECT_EQ(Only(Scan("عشرين في المئة"), "عشرين في المئة")->value, N(20));
  EXPECT_EQ(Only(Scan("أكثر مِن نصف بلدة الباغوز"), "أكثر مِن نصف")->kind,
            NumberKind::kFraction);
}

TEST(NumbersTest, WeekdaysAndLookalikesAreNoNumbers) {
  EXPECT_TRUE(Scan("يوم الاثنين الذي بات").mentions.empty());
  EXPECT_TRUE(Scan("يوم الأحد إن ثمة").mentions.empty());
  EXPECT_TRUE(Scan("دفعوا ثمن القنبلة").mentions.empty());
  EXPECT_TRUE(Scan("إحدى طائراتها المقاتلة").mentions.empty());
  EXPECT_TRUE(Scan("خطوة كبيرة نحو التسوية").mentions.empty());
}

TEST(NumbersTest, MentionsAreOrderedDisjointAndBufferIsReused) {
  static const Normalizer normalizer(NormLevel::kMatch);
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<NumberMention> out;
  out.reserve(64);
  const std::string text =
      "سلم عشرات العناصر خلال اليومين الماضيين، وقال مصدر إن نحو سبعين عنصرا، بينما لا يزال "
      "نحو أربعمئة عنصر في القريتين منذ عام 2014، بينهم3800 و أكثر مِن 200 عنصر.";
  normalizer.Normalize(text, &norm);
  Tokenize(norm, &tokens);
  ScanNumbers(norm, tokens, &out);
  ASSERT_GE(out.size(), 7u);
  const NumberMention* data = out.data();
  for (size_t i = 0; i < out.size(); ++i) {
    EXPECT_LE(out[i].begin, out[i].end);
    EXPECT_LE(out[i].end, text.size());
    EXPECT_LT(out[i].first_token, out[i].last_token);
    if (i > 0) {
      EXPECT_LE(out[i - 1].end, out[i].begin);
    }
    if (out[i].min && out[i].max) {
      EXPECT_LE(*out[i].min, *out[i].max);
    }
  }
  ScanNumbers(norm, tokens, &out);  // cleared and refilled, capacity kept
  EXPECT_EQ(out.data(), data);
}

}  // namespace
}  // namespace isnad
