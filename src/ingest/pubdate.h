// Publication times as pages and feeds state them: ISO 8601 from HTML meta tags and JSON
// ("2019-02-27T14:02:00+02:00"), RFC 2822 from feeds ("Sun, 18 Feb 2018 20:50:44 GMT"), and
// the datelines of Arabic pages, read from kMatch-normalized text:
//   «تاريخ النشر: 27.02.2019 | 14:02 دمشق»  -> 2019-02-27T14:02:00+02:00 (Damascus in winter)
//   «الأربعاء، 01-11-2017 12:40 ص»           -> 2017-11-01T00:40:00 (ص = before noon)
//   «2015/07/21 02:51»                        -> 2015-07-21T02:51:00
// A city or zone name after the time gives the UTC offset for that date (ICU's tz data).
// Thread-safety: pure functions.
#ifndef ISNAD_INGEST_PUBDATE_H_
#define ISNAD_INGEST_PUBDATE_H_

#include <optional>
#include <string_view>

#include "isnad/document.h"

namespace isnad {

// ISO 8601 or RFC 2822 (via extract/dates.h), or a dateline, for metadata fields whose
// format is not known in advance.
std::optional<PublicationTime> ParseTimestamp(std::string_view s);

// Finds a date (and time, and zone) in one normalized line. `span` receives the matched
// normalized byte range.
std::optional<PublicationTime> FindDateline(std::string_view normalized_line, Span* span);

// UTC offset in minutes of IANA zone `tz` at the given local time, via ICU.
std::optional<int> UtcOffsetMinutes(std::string_view tz, int year, int month, int day, int hour,
                                    int minute);

}  // namespace isnad

#endif  // ISNAD_INGEST_PUBDATE_H_
