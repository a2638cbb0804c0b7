#include "report/report.h"

#include <gtest/gtest.h>

namespace isnad {
namespace {

using Json = nlohmann::ordered_json;

// A stored document with one claim whose evidence is the second paragraph's sentence.
DocumentRow Row() {
  DocumentRow r;
  r.id = "abc123";
  r.title = "استسلام في الباغوز";
  r.outlet_id = "aljazeera";
  r.outlet_name = "الجزيرة نت";
  r.story = 1;
  r.input = "استسلام في الباغوز\nوقال مصدر ميداني إن نحو سبعين عنصرا سلموا أنفسهم. وأضاف المصدر.\nالتعليقات";
  const std::string quote = "نحو سبعين عنصرا سلموا أنفسهم";
  const size_t s = r.input.find(quote);
  Json a{{"doc", {{"zones", Json::array({Json{{"kind", "title"}, {"start", 0}, {"end", r.input.find('\n')}}})}}},
         {"entities", Json::array()},
         {"claims", Json::array({Json{{"type", "surrender"}, {"modality", "asserted"},
                                      {"evidence", {{"start", s}, {"end", s + quote.size()}, {"quote", quote}}},
                                      {"count", {{"value", 70}, {"min", 70}, {"max", 70}, {"approx", true},
                                                 {"unit", "fighters"}, {"text", "نحو سبعين عنصرا"}}},
                                      {"place", nullptr}, {"time", nullptr},
                                      {"source", {{"chain", Json::array({Json{{"kind", "outlet"}, {"name", "الجزيرة نت"}}})}}}}})}};
  r.analysis = a.dump();
  return r;
}

TEST(ReportTest, DocumentViewGivesUtf16OffsetsOfClaims) {
  const DocumentRow r = Row();
  const Json d = DocumentView(r);
  ASSERT_EQ(d["claims"].size(), 1u);
  // JavaScript indexes strings in UTF-16 units: every Arabic letter here is one unit.
  const std::u16string text16 = u"استسلام في الباغوز\nوقال مصدر ميداني إن نحو سبعين عنصرا سلموا أنفسهم. وأضاف المصدر.\nالتعليقات";
  const size_t s = text16.find(u"نحو سبعين");
  EXPECT_EQ(d["claims"][0]["s"].get<size_t>(), s);
  EXPECT_EQ(d["claims"][0]["e"].get<size_t>(), s + std::u16string(u"نحو سبعين عنصرا سلموا أنفسهم").size());
  EXPECT_EQ(d["zones"][0]["e"].get<size_t>(), text16.find(u'\n'));
}

TEST(ReportTest, BundleQuotesTheParagraphAroundEachFigure) {
  DocumentRow a = Row(), b = Row();
  b.id = "def456";
  b.outlet_id = "orient";
  b.outlet_name = "أورينت نت";
  b.input = "عنوان\nعلمت أورينت أن نحو ألف عنصر سلموا أنفسهم في الباغوز.";
  const std::string quote = "نحو ألف عنصر سلموا أنفسهم";
  const size_t s = b.input.find(quote);
  Json an = Json::parse(a.analysis);
  an["claims"][0]["evidence"] = Json{{"start", s}, {"end", s + quote.size()}, {"quote", quote}};
  an["claims"][0]["count"] = Json{{"value", 1000}, {"min", 1000}, {"max", 1000}, {"approx", true}, {"unit", "fighters"}, {"text", "نحو ألف عنصر"}};
  b.analysis = an.dump();
  const Json bundle = ReportBundle({a, b}, {}, BundleOptions{});
  ASSERT_EQ(bundle["stories"].size(), 1u);
  const Json& g = bundle["stories"][0]["groups"][0];
  ASSERT_EQ(g["claims"].size(), 2u);
  EXPECT_FALSE(g["agree"].get<bool>());  // ≈70 and ≈1000 cannot both be true
  const Json& ctx = g["claims"][0]["context"];
  EXPECT_EQ(ctx["before"], "وقال مصدر ميداني إن ");
  EXPECT_EQ(ctx["quote"], "نحو سبعين عنصرا سلموا أنفسهم");
  EXPECT_EQ(ctx["after"], ". وأضاف المصدر.");
  EXPECT_EQ(bundle["stories"][0]["stats"]["contradictions"], 1);
  EXPECT_EQ(g["claims"][1]["outlet_name"], "أورينت نت");
}

TEST(ReportTest, LedgerCsvQuotesCellsAndStartsWithBom) {
  const Json bundle = ReportBundle({Row()}, {}, BundleOptions{});
  const std::string csv = LedgerCsv(bundle);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBFstory,group,type", 0), 0u);
  EXPECT_NE(csv.find("نحو سبعين عنصرا"), std::string::npos);
  const Json geo = PlacesGeoJson(bundle);
  EXPECT_EQ(geo["type"], "FeatureCollection");
}

TEST(ReportTest, RenderPageKeepsScriptTagsOutOfTheData) {
  if (WebTemplate().empty()) GTEST_SKIP() << "built without the web front end";
  const std::string page = RenderPage(Json{{"x", "</script><!--"}});
  EXPECT_EQ(page.find("</script><!--\""), std::string::npos);
  EXPECT_NE(page.find("\\u003c/script>\\u003c!--"), std::string::npos);
  EXPECT_NE(page.find("<html lang=\"ar\" dir=\"rtl\">"), std::string::npos);
}

}  // namespace
}  // namespace isnad
