// The veiligctl sub-commands. Each parses its own options and returns the
// process exit code: 0 success, 1 failure, 2 usage error.
#pragma once

namespace veilig::ctl {

int RunImport(int argc, char** argv);
int RunReport(int argc, char** argv);
int RunHealth(int argc, char** argv);
int RunList(int argc, char** argv);
int RunPublish(int argc, char** argv);
int RunDiff(int argc, char** argv);
int RunImportStatLine(int argc, char** argv);

}  // namespace veilig::ctl
