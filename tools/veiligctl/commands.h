// The veiligctl sub-commands. Each parses its own options and returns the
// process exit code: 0 success, 1 failure, 2 usage error.
#pragma once

#include <string>

#include "tools/veiligctl/call_options.h"

namespace veilig::ctl {

int RunImport(int argc, char** argv);
int RunReport(int argc, char** argv);
int RunHealth(int argc, char** argv);
int RunList(int argc, char** argv);
int RunPublish(int argc, char** argv);
int RunDiff(int argc, char** argv);
int RunImportStatLine(int argc, char** argv);
int RunToken(int argc, char** argv);
int RunAudit(int argc, char** argv);

// The body of import-statline, also reached through `import FILE`.
int ImportStatLineExport(const std::string& file, const CallOptions& call);

}  // namespace veilig::ctl
