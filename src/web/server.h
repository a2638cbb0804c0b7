// `isnad serve`: the report's views as a local web application, with search and a document
// view, served by cpp-httplib (Debian's libcpp-httplib-dev). It reads the store live: every
// request checks the number of stored documents and rebuilds its view of the stories when
// another process (`isnad ingest`) has added some.
//
// Routes (all GET; other methods get 405; unknown paths 404; malformed parameters 400, with
// a JSON body {"error": "..."}):
//   /                        the application (the same page as the report, data from /api)
//   /api/version             {"documents": N, "store": "..."}: the page polls it
//   /api/bundle              stories, documents (without text) and search facets
//   /api/stories             what `isnad stories` prints;  /api/stories/ID  one enriched story
//   /api/documents[?story=N] the document list;  /api/documents/ID  one document, text and claims
//   /api/search?q=…          &outlet= &actor= &place= &type= (repeatable) &from= &to= (YYYY-MM-DD)
//                            &limit= (1–1000): what `isnad search` prints, as JSON
//   /api/export/ledger.csv[?story=N]   /api/export/places.geojson[?story=N]
//
// It binds to 127.0.0.1 unless told otherwise (`--host`); port 0 picks a free port. The URL is
// printed on standard output once the socket is bound.
// Thread-safety: Serve() blocks until the process ends; requests share one Store under a mutex.
#ifndef ISNAD_WEB_SERVER_H_
#define ISNAD_WEB_SERVER_H_

#include <string>

#include "isnad/status.h"
#include "pipeline/engine.h"

namespace isnad {

Status Serve(const std::string& db_url, const Engine& engine, const std::string& host, int port);

}  // namespace isnad

#endif  // ISNAD_WEB_SERVER_H_
