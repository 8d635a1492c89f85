// One import request read from files, with the source line of every item.
#pragma once

#include "common/import/source_map.h"

namespace veilig::import {

template <typename Request>
struct FileImport {
  Request request;
  SourceMap sources;
};

}  // namespace veilig::import
