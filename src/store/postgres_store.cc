// PostgreSQL back end — being built; until then opening a postgresql:// store says so.
#include "isnad/store.h"

namespace isnad {

Result<std::unique_ptr<Store>> OpenPostgresStore(const std::string& url) {
  return Status::Unavailable(url + ": PostgreSQL back end not available in this build");
}

}  // namespace isnad
