#include "extract/dates.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/normalizer.h"
#include "tokenize/tokenizer.h"

namespace isnad {
namespace {

// One scanned text, kept alive with its buffers so that mention views stay valid.
struct Scan {
  std::string text;
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<DateMention> mentions;

  Scan(std::string_view s, std::optional<CivilDate> ref) : text(s) {
    static const Normalizer normalizer(NormLevel::kMatch);
    normalizer.Normalize(text, &norm);
    Tokenize(norm, &tokens);
    ScanDates(text, norm, tokens, ref, &mentions);
  }
  std::string_view Span(const DateMention& m) const {
    return std::string_view(text).substr(m.begin, m.end - m.begin);
  }
  // The mention whose text is exactly `s`, or null.
  const DateMention* Find(std::string_view s) const {
    for (const DateMention& m : mentions)
      if (Span(m) == s) return &m;
    return nullptr;
  }
};

CivilDate D(int y, int m, int d) {
  return CivilDate{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d)};
}
std::string Iso(const std::optional<CivilDate>& d) { return d ? FormatIsoDate(*d) : "-"; }

// ---------------------------------------------------------------------------------------------
// Focused behaviours.

TEST(DatesTest, SeedPublicationLineWithTimeAndZone) {
  // Syria TV: «تاريخ النشر: 27.02.2019 | 14:02 دمشق»
  Scan s("تاريخ النشر: 27.02.2019 | 14:02 دمشق", std::nullopt);
  ASSERT_EQ(s.mentions.size(), 1u);
  const DateMention& m = s.mentions[0];
  EXPECT_EQ(s.Span(m), "27.02.2019 | 14:02 دمشق");
  EXPECT_EQ(Iso(m.start), "2019-02-27");
  EXPECT_FALSE(m.relative);
  EXPECT_TRUE(m.resolved);
  EXPECT_EQ(m.hour, 14);
  EXPECT_EQ(m.minute, 2);
  EXPECT_EQ(m.zone, "دمشق");
}

TEST(DatesTest, ByteSpansMapToTheOriginalText) {
  // Tashkeel and tatweel are gone from the normalized text but the span is the original bytes.
  const std::string text = "أطلقت، يوم التاسع مِن شهر شباط الجاري، ما قالت إنه";
  Scan s(text, D(2019, 2, 27));
  const DateMention* m = s.Find("يوم التاسع مِن شهر شباط الجاري");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(text.substr(m->begin, m->end - m->begin), "يوم التاسع مِن شهر شباط الجاري");
  EXPECT_EQ(Iso(m->start), "2019-02-09");
  EXPECT_TRUE(m->relative);  // «الجاري» needed the reference
  EXPECT_LT(m->first_token, m->last_token);
  EXPECT_EQ(s.tokens[m->first_token].begin, m->begin);
  EXPECT_EQ(s.tokens[m->last_token - 1].end, m->end);
}

TEST(DatesTest, ArabicIndicDigits) {
  Scan s("بتاريخ ٢٧/٠٢/٢٠١٩ و٢٧ شباط ٢٠١٩", std::nullopt);
  ASSERT_EQ(s.mentions.size(), 2u);
  EXPECT_EQ(s.Span(s.mentions[0]), "٢٧/٠٢/٢٠١٩");
  EXPECT_EQ(Iso(s.mentions[0].start), "2019-02-27");
  EXPECT_EQ(s.Span(s.mentions[1]), "٢٧ شباط ٢٠١٩");
  EXPECT_EQ(Iso(s.mentions[1].until), "2019-02-27");
}

TEST(DatesTest, SeedFormats) {
  Scan a("الأربعاء، 01-11-2017 12:40 ص", std::nullopt);
  ASSERT_EQ(a.mentions.size(), 1u);
  EXPECT_EQ(Iso(a.mentions[0].start), "2017-11-01");
  EXPECT_EQ(a.mentions[0].hour, 0);  // 12:40 ص is forty minutes past midnight
  EXPECT_EQ(a.mentions[0].minute, 40);
  EXPECT_EQ(a.mentions[0].weekday, 3);
  EXPECT_FALSE(a.mentions[0].weekday_conflict);  // 1 Nov 2017 was a Wednesday

  Scan b("في 27 فبراير/ شباط 2019 وفي يوليو/ تموز 2016 وفي 2019-02-27", std::nullopt);
  ASSERT_EQ(b.mentions.size(), 3u);
  EXPECT_EQ(Iso(b.mentions[0].start), "2019-02-27");
  EXPECT_EQ(Iso(b.mentions[1].start), "2016-07-01");
  EXPECT_EQ(Iso(b.mentions[1].until), "2016-07-31");
  EXPECT_EQ(b.mentions[1].granularity, DateGranularity::kMonth);
  EXPECT_EQ(Iso(b.mentions[2].start), "2019-02-27");

  Scan c("سيطر على المدينة في العام 2014", std::nullopt);
  ASSERT_EQ(c.mentions.size(), 1u);
  EXPECT_EQ(c.mentions[0].granularity, DateGranularity::kYear);
  EXPECT_EQ(Iso(c.mentions[0].start), "2014-01-01");
  EXPECT_EQ(Iso(c.mentions[0].until), "2014-12-31");
}

TEST(DatesTest, RelativeWithoutReferenceIsUnresolved) {
  for (const char* text : {"أمس الثلاثاء", "يوم الإثنين الفائت", "خلال اليومين الماضيين",
                           "قبل شهرين", "مطلع هذا الأسبوع", "منذ أشهر", "27 شباط"}) {
    Scan s(text, std::nullopt);
    ASSERT_EQ(s.mentions.size(), 1u) << text;
    const DateMention& m = s.mentions[0];
    EXPECT_TRUE(m.relative) << text;
    EXPECT_FALSE(m.resolved) << text;
    EXPECT_FALSE(m.start.has_value()) << text;
    EXPECT_FALSE(m.until.has_value()) << text;
  }
  // What is written is kept: «27 شباط» states the month and the day.
  Scan s("27 شباط", std::nullopt);
  EXPECT_EQ(s.mentions[0].stated, D(0, 2, 27));
}

TEST(DatesTest, RelativeDatesOfTheSeeds) {
  // Syria TV, published Wednesday 27 February 2019.
  const CivilDate ref = D(2019, 2, 27);
  Scan s("نشرت شبكة إخبارية محلية، أمس الثلاثاء، مقطع فيديو. وسبق أن نشرت، يوم الإثنين الفائت، "
         "تسجيلاً. ومنذ 6 سنوات.",
         ref);
  ASSERT_EQ(s.mentions.size(), 3u);
  EXPECT_EQ(Iso(s.mentions[0].start), "2019-02-26");
  EXPECT_EQ(Iso(s.mentions[1].start), "2019-02-25");
  EXPECT_EQ(s.mentions[2].kind, DateKind::kDuration);  // «منذ 6 سنوات» is no date
  EXPECT_FALSE(s.mentions[2].start.has_value());
  // Al Jazeera: «خلال اليومين الماضيين» = [ref-2, ref], the SPEC's example.
  Scan j("سلم عشرات العناصر أنفسهم خلال اليومين الماضيين", D(2019, 1, 30));
  ASSERT_EQ(j.mentions.size(), 1u);
  EXPECT_EQ(j.Span(j.mentions[0]), "خلال اليومين الماضيين");
  EXPECT_EQ(Iso(j.mentions[0].start), "2019-01-28");
  EXPECT_EQ(Iso(j.mentions[0].until), "2019-01-30");
}

TEST(DatesTest, WeekStartsOnSunday) {
  // Tuesday 26 Feb 2019: «مطلع هذا الأسبوع» = Sunday 24 .. Tuesday 26.
  Scan s("واستأنفت القوات مطلع هذا الأسبوع هجومها", D(2019, 2, 26));
  ASSERT_EQ(s.mentions.size(), 1u);
  EXPECT_EQ(Iso(s.mentions[0].start), "2019-02-24");
  EXPECT_EQ(Iso(s.mentions[0].until), "2019-02-26");
  Scan w("الأسبوع الماضي", D(2019, 2, 26));
  EXPECT_EQ(Iso(w.mentions[0].start), "2019-02-17");
  EXPECT_EQ(Iso(w.mentions[0].until), "2019-02-23");
}

TEST(DatesTest, WeekdayConsistency) {
  // Consistent: Asharq Al-Awsat on Tuesday 26 Feb 2019, «صباح أمس الإثنين».
  Scan ok("وشوهدت قافلة شاحنات صباح أمس الإثنين", D(2019, 2, 26));
  ASSERT_EQ(ok.mentions.size(), 1u);
  EXPECT_EQ(Iso(ok.mentions[0].start), "2019-02-25");
  EXPECT_FALSE(ok.mentions[0].weekday_conflict);
  // Inconsistent: France 24 stamped Thursday 10 May 2018, «مساء أمس الثلاثاء». The weekday wins
  // (Tuesday 8 May, the Tuesday nearest to «أمس» = 9 May) and the conflict is noted.
  Scan bad("إنها أقامت في وقت متأخر مساء أمس الثلاثاء", D(2018, 5, 10));
  ASSERT_EQ(bad.mentions.size(), 1u);
  EXPECT_EQ(Iso(bad.mentions[0].start), "2018-05-08");
  EXPECT_TRUE(bad.mentions[0].weekday_conflict);
  // An explicit date wins over «اليوم»: CNN stamped Tuesday, text written on Monday.
  Scan exp("فجر هذا اليوم الاثنين 8 اكتوبر", D(2018, 10, 9));
  ASSERT_EQ(exp.mentions.size(), 1u);
  EXPECT_EQ(Iso(exp.mentions[0].start), "2018-10-08");
}

TEST(DatesTest, BareWeekdayLooksBack) {
  // «وكانت قد قالت يوم الجمعة» in a Tuesday report: the Friday before.
  Scan s("وكانت قد قالت يوم الجمعة إنه لم يتبق", D(2019, 2, 26));
  ASSERT_EQ(s.mentions.size(), 1u);
  EXPECT_EQ(Iso(s.mentions[0].start), "2019-02-22");
  Scan same("الثلاثاء", D(2019, 2, 26));  // on the day itself: that day
  EXPECT_EQ(Iso(same.mentions[0].start), "2019-02-26");
  Scan past("الثلاثاء الماضي", D(2019, 2, 26));  // «الماضي»: strictly before
  EXPECT_EQ(Iso(past.mentions[0].start), "2019-02-19");
  Scan next("الخميس المقبل", D(2019, 2, 26));
  EXPECT_EQ(Iso(next.mentions[0].start), "2019-02-28");
}

TEST(DatesTest, HijriConversionOfKnownDates) {
  // Tabular calendar: exact values pinned; observed dates (Umm al-Qura) within one day.
  EXPECT_EQ(HijriToCivil({1440, 9, 1}), D(2019, 5, 6));   // 1 Ramadan 1440: 6 May 2019
  EXPECT_EQ(HijriToCivil({1440, 1, 1}), D(2018, 9, 12));  // 1 Muharram 1440 (observed: 11 Sep)
  EXPECT_EQ(HijriToCivil({1, 1, 1}), D(622, 7, 19));      // epoch, 16 July 622 Julian
  const std::pair<HijriDate, CivilDate> observed[] = {
      {{1439, 6, 6}, D(2018, 2, 22)},   // CNN: «6 جمادى الآخرة 1439هـ الموافق 22 فبراير 2018»
      {{1436, 11, 5}, D(2015, 8, 20)},  // Asharq Al-Awsat: «الخميس 5 ذي القعدة 1436هـ»
      {{1439, 9, 26}, D(2018, 6, 10)},  // Sky News: «يوم الأحد القادم 26/9/1439هـ»
      {{1391, 1, 1}, D(1971, 2, 27)},   // 1 Muharram 1391
  };
  for (const auto& [h, g] : observed) {
    const int diff = DaysFromCivil(HijriToCivil(h)) - DaysFromCivil(g);
    EXPECT_LE(std::abs(diff), 1) << h.year << "-" << h.month << "-" << h.day;
  }
  for (int d = DaysFromCivil(D(1900, 1, 1)); d < DaysFromCivil(D(2100, 1, 1)); d += 13) {
    const CivilDate g = CivilFromDays(d);
    EXPECT_EQ(HijriToCivil(CivilToHijri(g)), g);
  }
  Scan s("15 رمضان 1440 هـ", std::nullopt);
  ASSERT_EQ(s.mentions.size(), 1u);
  EXPECT_TRUE(s.mentions[0].hijri);
  EXPECT_EQ(Iso(s.mentions[0].start), "2019-05-20");
  EXPECT_EQ(s.mentions[0].stated, D(1440, 9, 15));
}

TEST(DatesTest, DurationsAreNotDates) {
  Scan s("وأوقفت القوات الهجوم لأسابيع، وحكم عليه لمدة 15 يوما، وقتل 250 شخصا خلال يومين",
         D(2019, 2, 26));
  ASSERT_EQ(s.mentions.size(), 3u);
  for (const DateMention& m : s.mentions) {
    EXPECT_EQ(m.kind, DateKind::kDuration) << s.Span(m);
    EXPECT_FALSE(m.start.has_value());
  }
  EXPECT_EQ(s.mentions[1].duration_amount, 15);
  EXPECT_EQ(s.mentions[1].duration_unit, DurationUnit::kDay);
}

TEST(DatesTest, VaguePastKeepsOnlyTheUpperBound) {
  Scan s("لرهائن اعتقلتهم منذ أشهر", D(2019, 2, 21));
  ASSERT_EQ(s.mentions.size(), 1u);
  EXPECT_TRUE(s.mentions[0].vague);
  EXPECT_FALSE(s.mentions[0].start.has_value());
  EXPECT_EQ(Iso(s.mentions[0].until), "2019-02-21");
}

TEST(DatesTest, NumbersThatAreNotDates) {
  Scan s("بزمن قدره 7.34.66 دقيقة وبنسبة 0.1.14 في المائة وتأييد 17.7-40 بالمئة و3.5 مليون",
         D(2015, 7, 26));
  EXPECT_TRUE(s.mentions.empty());
}

TEST(DatesTest, IsoAndRssTimestamps) {
  const auto a = ParseIsoDateTime("2019-02-27T14:02:00+02:00");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->date, D(2019, 2, 27));
  EXPECT_EQ(a->hour, 14);
  EXPECT_EQ(a->minute, 2);
  EXPECT_EQ(a->second, 0);
  EXPECT_EQ(a->utc_offset_minutes, 120);
  EXPECT_EQ(ParseIsoDateTime("2019-02-27T14:02:00.000Z")->utc_offset_minutes, 0);
  EXPECT_EQ(ParseIsoDateTime(" 2019-02-27 ")->date, D(2019, 2, 27));
  EXPECT_FALSE(ParseIsoDateTime("2019-02-30"));
  EXPECT_FALSE(ParseIsoDateTime("2019-02-27T25:00"));
  EXPECT_FALSE(ParseIsoDateTime("27.02.2019"));
  const auto r = ParseRfc822DateTime("Sun, 18 Feb 2018 20:50:44 GMT");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->date, D(2018, 2, 18));
  EXPECT_EQ(r->hour, 20);
  EXPECT_EQ(r->utc_offset_minutes, 0);
  EXPECT_EQ(ParseRfc822DateTime("Fri, 09 Mar 2018 15:58:56 +0400")->utc_offset_minutes, 240);
  EXPECT_EQ(FormatIsoDate(D(2019, 2, 0)), "2019-02");
  EXPECT_EQ(FormatIsoDate(D(2019, 0, 0)), "2019");
}

TEST(DatesTest, FuzzFindings) {
  // «...T24:02» is no time of day; an edge of a Hijri year splits its own days, not Jan-Apr.
  Scan a("1009-02-27T24:02", std::nullopt);
  for (const DateMention& m : a.mentions) EXPECT_FALSE(m.hour.has_value() && *m.hour > 23);
  Scan b("مطلع العام 1440هـ", std::nullopt);
  ASSERT_EQ(b.mentions.size(), 1u);
  EXPECT_EQ(Iso(b.mentions[0].start), "2018-09-12");
  EXPECT_LE(DaysFromCivil(*b.mentions[0].start), DaysFromCivil(*b.mentions[0].until));
  Scan c("مطلع العام1ه المقبل", std::nullopt);  // year 1 AH is no date
  for (const DateMention& m : c.mentions) EXPECT_FALSE(m.hijri);
}

TEST(DatesTest, CalendarArithmetic) {
  EXPECT_EQ(DaysFromCivil(D(1970, 1, 1)), 0);
  EXPECT_EQ(CivilFromDays(DaysFromCivil(D(2016, 2, 29))), D(2016, 2, 29));
  EXPECT_EQ(WeekdayOf(D(2019, 2, 27)), 3);  // Wednesday
  EXPECT_EQ(WeekdayOf(D(2019, 2, 24)), 0);  // Sunday
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
}

// ---------------------------------------------------------------------------------------------
// The gold file: tests/data/dates/gold.tsv (see make_gold.py and docs/dates.md).

struct GoldRow {
  int line = 0;
  std::string phrase, reference, start, end, relative, source, kind, extra;
};

std::string RepoPath(const std::string& rel) {
  const char* root = std::getenv("ISNAD_ROOT");
  return root ? std::string(root) + "/" + rel : rel;
}

std::vector<GoldRow> ReadGold() {
  std::vector<GoldRow> rows;
  std::ifstream in(RepoPath("tests/data/dates/gold.tsv"));
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    while (f.size() < 8) f.emplace_back();
    rows.push_back({n, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]});
  }
  return rows;
}

std::string ExtraValue(const std::string& extra, const std::string& key) {
  // "time=14:02 zone=دمشق note=..." ; note= runs to the end.
  const size_t p = extra.find(key + "=");
  if (p == std::string::npos) return "";
  const size_t b = p + key.size() + 1;
  if (key == "note") return extra.substr(b);
  const size_t e = extra.find(' ', b);
  return extra.substr(b, e == std::string::npos ? std::string::npos : e - b);
}

// Checks one row; returns "" on success or what went wrong.
std::string CheckRow(const GoldRow& row) {
  std::string text = row.phrase;
  size_t sb = text.find('['), se = std::string::npos;
  if (sb != std::string::npos) {
    text.erase(sb, 1);
    se = text.find(']');
    if (se == std::string::npos) return "unbalanced brackets";
    text.erase(se, 1);
  } else {
    sb = 0, se = text.size();
  }
  std::optional<CivilDate> ref;
  if (!row.reference.empty()) {
    const auto r = ParseIsoDateTime(row.reference);
    if (!r) return "bad reference";
    ref = r->date;
  }
  Scan s(text, ref);
  std::ostringstream got;
  for (const DateMention& m : s.mentions) {
    got << " [" << s.Span(m) << "|" << Iso(m.start) << ".." << Iso(m.until) << "|k"
        << int(m.kind) << "]";
  }
  if (row.kind == "none") {
    for (const DateMention& m : s.mentions) {
      if (m.kind != DateKind::kDuration && m.begin < se && m.end > sb)
        return "expected no date, got" + got.str();
    }
    return "";
  }
  const DateMention* m = nullptr;
  for (const DateMention& x : s.mentions)
    if (x.begin == sb && x.end == se) m = &x;
  if (!m) return "no mention with the span; got" + got.str();
  const DateKind want = row.kind == "duration" ? DateKind::kDuration
                        : row.kind == "time"   ? DateKind::kTime
                                               : DateKind::kDate;
  if (m->kind != want) return "kind differs; got" + got.str();
  if (want == DateKind::kDate) {
    if (Iso(m->start) != row.start || Iso(m->until) != row.end)
      return "interval " + Iso(m->start) + ".." + Iso(m->until);
    if ((row.relative == "1") != m->relative) return "relative flag";
    if (row.reference.empty() && m->relative && m->resolved) return "resolved without reference";
  }
  const std::string time = ExtraValue(row.extra, "time");
  if (!time.empty()) {
    char buf[8];
    if (!m->hour) return "no time";
    std::snprintf(buf, sizeof buf, "%02d:%02d", *m->hour, m->minute.value_or(0));
    if (time != buf) return std::string("time ") + buf;
  }
  const std::string zone = ExtraValue(row.extra, "zone");
  std::string zone_sp = zone;  // spaces are written '_' in the extra column
  for (char& c : zone_sp)
    if (c == '_') c = ' ';
  if (!zone.empty() && zone_sp != m->zone) return "zone «" + std::string(m->zone) + "»";
  if (ExtraValue(row.extra, "conflict") == "1" && !m->weekday_conflict) return "no conflict";
  if (ExtraValue(row.extra, "conflict").empty() && m->weekday_conflict) return "unexpected conflict";
  if (ExtraValue(row.extra, "hijri") == "1" && !m->hijri) return "not hijri";
  if (ExtraValue(row.extra, "vague") == "1" && !m->vague) return "not vague";
  const std::string wd = ExtraValue(row.extra, "wd");
  if (!wd.empty() && std::to_string(m->weekday) != wd) return "weekday " + std::to_string(m->weekday);
  return "";
}

// Rows known to fail, with the reason; keep short. Matched by "source|phrase".
const char* const kExpectedFailures[] = {
    "",
};

TEST(DatesGoldTest, AllRowsPass) {
  const std::vector<GoldRow> rows = ReadGold();
  ASSERT_GE(rows.size(), 200u) << "gold file missing or short: set ISNAD_ROOT";
  int pass = 0, expected_fail = 0;
  for (const GoldRow& row : rows) {
    const std::string err = CheckRow(row);
    const std::string key = row.source + "|" + row.phrase;
    bool known = false;
    for (const char* k : kExpectedFailures) known = known || (*k && key == k);
    if (err.empty()) {
      ++pass;
      EXPECT_FALSE(known) << "now passes, drop from kExpectedFailures: " << key;
    } else if (known) {
      ++expected_fail;
    } else {
      ADD_FAILURE() << "gold.tsv:" << row.line << " " << row.source << "\n  " << row.phrase
                    << "\n  ref=" << row.reference << " want " << row.start << ".." << row.end
                    << " " << row.kind << " " << row.extra << "\n  " << err;
    }
  }
  std::printf("[ gold ] %d/%zu rows pass, %d expected failures\n", pass, rows.size(),
              expected_fail);
}

}  // namespace
}  // namespace isnad
