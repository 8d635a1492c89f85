// Streams a police open-data table (typed long format) into the theme
// services: each figure goes to the indicators whose police code is its
// crime type, in numbered batches the services acknowledge as they commit.
#pragma once

#include <string>

#include "tools/veiligctl/call_options.h"

namespace veilig::ctl {

struct OpenDataImportOptions {
  // Empty: derived from the file's content and the batch size, so running
  // the same command again resumes where a broken run stopped.
  std::string import_id;
  int batch_size = 5000;
};

// Whether `file` starts with the header of a typed open-data table.
bool IsOpenDataTable(const std::string& file);

// Returns the process exit code; prints progress and a summary.
int ImportOpenDataTable(const std::string& file, const OpenDataImportOptions& options,
                        const CallOptions& call);

}  // namespace veilig::ctl
