// `isnad serve` when cpp-httplib (libcpp-httplib-dev) was missing at configure time.
#include "web/server.h"

namespace isnad {

Status Serve(const std::string&, const Engine&, const std::string&, int) {
  return Status::Unavailable("this isnad was built without its HTTP server: install libcpp-httplib-dev "
                             "(scripts/install-deps.sh) and rebuild");
}

}  // namespace isnad
