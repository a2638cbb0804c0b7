#include "ingest/pubdate.h"

#include <unicode/gregocal.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstdio>
#include <memory>
#include <string>

namespace isnad {
namespace {

bool ValidDate(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1];
}

// Reads up to `max` digits at s[*i]; returns -1 when there are fewer than `min`.
int Digits(std::string_view s, size_t* i, int min, int max) {
  int v = 0, n = 0;
  while (*i < s.size() && n < max && std::isdigit(static_cast<unsigned char>(s[*i]))) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  return n >= min ? v : -1;
}

// Zone words of datelines, normalized (kMatch), to IANA zone ids.
struct ZoneWord {
  std::string_view word;
  std::string_view tz;
};
constexpr ZoneWord kZoneWords[] = {
    {"دمشق", "Asia/Damascus"},     {"بيروت", "Asia/Beirut"},    {"بغداد", "Asia/Baghdad"},
    {"القاهره", "Africa/Cairo"},   {"الرياض", "Asia/Riyadh"},   {"مكه", "Asia/Riyadh"},
    {"الدوحه", "Asia/Qatar"},      {"ابوظبي", "Asia/Dubai"},    {"دبي", "Asia/Dubai"},
    {"عمان", "Asia/Amman"},        {"القدس", "Asia/Jerusalem"}, {"اسطنبول", "Europe/Istanbul"},
    {"انقره", "Europe/Istanbul"},  {"لندن", "Europe/London"},   {"باريس", "Europe/Paris"},
    {"الكويت", "Asia/Kuwait"},     {"المنامه", "Asia/Bahrain"}, {"مسقط", "Asia/Muscat"},
    {"غرينتش", "Etc/GMT"},         {"غرينيتش", "Etc/GMT"},      {"gmt", "Etc/GMT"},
    {"utc", "Etc/UTC"},
};

void ReadTime(std::string_view s, size_t i, PublicationTime* t, size_t* end) {
  // Skip separators between date and time: spaces, '|', ',', '-', 'T', «الساعة».
  while (i < s.size() && (s[i] == ' ' || s[i] == '|' || s[i] == ',' || s[i] == '-' ||
                          s[i] == 't' || s[i] == 'T' || s[i] == '/')) {
    ++i;
  }
  if (s.substr(i, 12) == "الساعه") i += 12;
  while (i < s.size() && s[i] == ' ') ++i;
  size_t j = i;
  const int h = Digits(s, &j, 1, 2);
  if (h < 0 || j >= s.size() || s[j] != ':') return;
  ++j;
  const int m = Digits(s, &j, 2, 2);
  if (m < 0 || h > 23 || m > 59) return;
  int sec = 0;
  if (j < s.size() && s[j] == ':') {
    ++j;
    sec = Digits(s, &j, 2, 2);
    if (sec < 0 || sec > 60) sec = 0;
  }
  int hour = h;
  size_t k = j;
  while (k < s.size() && s[k] == ' ') ++k;
  // 12-hour clocks: «ص» (morning) and «م» (evening), "am"/"pm".
  const std::string_view rest = s.substr(k);
  const auto word_is = [&](std::string_view w) {
    return rest.substr(0, w.size()) == w &&
           (rest.size() == w.size() || rest[w.size()] == ' ' || rest[w.size()] == ',' ||
            rest[w.size()] == '|');
  };
  if (word_is("ص") || word_is("am") || word_is("صباحا")) {
    if (hour == 12) hour = 0;
    k += word_is("صباحا") ? 10 : (word_is("ص") ? 2 : 2);
    j = k;
  } else if (word_is("م") || word_is("pm") || word_is("مساء")) {
    if (hour < 12) hour += 12;
    k += word_is("مساء") ? 8 : 2;
    j = k;
  }
  t->hour = hour;
  t->minute = m;
  t->second = sec;
  *end = j;
  // A zone word or offset after the time.
  while (j < s.size() && (s[j] == ' ' || s[j] == '(')) ++j;
  const std::string_view z = s.substr(j);
  if (!z.empty() && (z[0] == '+' || z[0] == '-')) {
    size_t q = j + 1;
    const int oh = Digits(s, &q, 2, 2);
    if (oh >= 0) {
      if (q < s.size() && s[q] == ':') ++q;
      const int om = Digits(s, &q, 2, 2);
      t->utc_offset_minutes = (z[0] == '-' ? -1 : 1) * (oh * 60 + (om < 0 ? 0 : om));
      *end = q;
    }
    return;
  }
  for (const ZoneWord& zw : kZoneWords) {
    if (z.substr(0, zw.word.size()) == zw.word) {
      t->utc_offset_minutes =
          UtcOffsetMinutes(zw.tz, t->year, t->month, t->day, hour, m);
      *end = j + zw.word.size();
      return;
    }
  }
}

}  // namespace

std::optional<int> UtcOffsetMinutes(std::string_view tz, int year, int month, int day, int hour,
                                    int minute) {
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(
      icu::UnicodeString::fromUTF8(icu::StringPiece(tz.data(), static_cast<int32_t>(tz.size())))));
  if (!zone || *zone == icu::TimeZone::getUnknown()) return std::nullopt;
  UErrorCode ec = U_ZERO_ERROR;
  icu::GregorianCalendar cal(*zone, ec);
  if (U_FAILURE(ec)) return std::nullopt;
  cal.clear();
  cal.set(year, month - 1, day, hour, minute, 0);
  const int32_t raw = cal.get(UCAL_ZONE_OFFSET, ec);
  const int32_t dst = cal.get(UCAL_DST_OFFSET, ec);
  if (U_FAILURE(ec)) return std::nullopt;
  return (raw + dst) / 60000;
}

std::string PublicationTime::ToIso() const {
  char buf[40];
  int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  if (hour) {
    n += std::snprintf(buf + n, sizeof buf - n, "T%02d:%02d:%02d", *hour, minute.value_or(0),
                       second.value_or(0));
    if (utc_offset_minutes) {
      const int off = *utc_offset_minutes;
      const int a = off < 0 ? -off : off;
      std::snprintf(buf + n, sizeof buf - n, "%c%02d:%02d", off < 0 ? '-' : '+', a / 60, a % 60);
    }
  }
  return buf;
}

std::optional<PublicationTime> ParseIsoDateTime(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  PublicationTime t;
  t.year = Digits(s, &i, 4, 4);
  if (t.year < 0 || i >= s.size() || (s[i] != '-' && s[i] != '/')) return std::nullopt;
  const char sep = s[i++];
  t.month = Digits(s, &i, 1, 2);
  if (t.month < 0 || i >= s.size() || s[i] != sep) return std::nullopt;
  ++i;
  t.day = Digits(s, &i, 1, 2);
  if (!ValidDate(t.year, t.month, t.day)) return std::nullopt;
  if (i < s.size() && (s[i] == 'T' || s[i] == ' ')) {
    size_t end = i;
    ReadTime(s, i, &t, &end);
    if (t.hour && end < s.size() && (s[end] == 'Z' || s[end] == 'z')) t.utc_offset_minutes = 0;
    // Fractional seconds before the zone: "14:02:00.000+02:00".
    if (t.hour && !t.utc_offset_minutes && end < s.size() && s[end] == '.') {
      size_t q = end + 1;
      while (q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) ++q;
      if (q < s.size() && (s[q] == 'Z' || s[q] == 'z')) {
        t.utc_offset_minutes = 0;
      } else if (q < s.size() && (s[q] == '+' || s[q] == '-')) {
        PublicationTime z = t;
        size_t e2 = q;
        std::string fake = "00:00" + std::string(s.substr(q));
        ReadTime(fake, 0, &z, &e2);
        t.utc_offset_minutes = z.utc_offset_minutes;
      }
    }
  }
  return t;
}

std::optional<PublicationTime> ParseRfc2822(std::string_view s) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  size_t i = s.find(',');
  i = i == std::string_view::npos ? 0 : i + 1;
  while (i < s.size() && s[i] == ' ') ++i;
  PublicationTime t;
  t.day = Digits(s, &i, 1, 2);
  while (i < s.size() && s[i] == ' ') ++i;
  if (t.day < 0 || i + 3 > s.size()) return std::nullopt;
  std::string mon(s.substr(i, 3));
  for (char& c : mon) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  t.month = 0;
  for (int m = 0; m < 12; ++m) {
    if (kMonths[m] == mon) t.month = m + 1;
  }
  i += 3;
  while (i < s.size() && s[i] != ' ') ++i;  // "February"
  while (i < s.size() && s[i] == ' ') ++i;
  t.year = Digits(s, &i, 4, 4);
  if (!ValidDate(t.year, t.month, t.day)) return std::nullopt;
  std::string rest(s.substr(i));
  for (char& c : rest) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t end = 0;
  ReadTime(rest, 0, &t, &end);
  return t;
}

std::optional<PublicationTime> ParseTimestamp(std::string_view s) {
  if (auto t = ParseIsoDateTime(s)) return t;
  if (auto t = ParseRfc2822(s)) return t;
  Span span;
  return FindDateline(s, &span);
}

std::optional<PublicationTime> FindDateline(std::string_view s, Span* span) {
  for (size_t start = 0; start < s.size(); ++start) {
    if (!std::isdigit(static_cast<unsigned char>(s[start]))) continue;
    if (start > 0 && std::isdigit(static_cast<unsigned char>(s[start - 1]))) continue;
    size_t i = start;
    PublicationTime t;
    const int a = Digits(s, &i, 1, 4);
    if (i >= s.size() || (s[i] != '.' && s[i] != '-' && s[i] != '/')) continue;
    const char sep = s[i++];
    const int b = Digits(s, &i, 1, 2);
    if (b < 0 || i >= s.size() || s[i] != sep) continue;
    ++i;
    const int c = Digits(s, &i, 1, 4);
    if (c < 0) continue;
    if (a >= 1900) {  // 2019-02-27
      t.year = a, t.month = b, t.day = c;
    } else {          // 27.02.2019 and 01-11-2017: day first, as Arabic pages write them
      t.year = c, t.month = b, t.day = a;
    }
    if (!ValidDate(t.year, t.month, t.day)) continue;
    size_t end = i;
    ReadTime(s, i, &t, &end);
    t.basis = Basis::kDateline;
    *span = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
    return t;
  }
  return std::nullopt;
}

}  // namespace isnad
