// Wiring of the gateway: options, channels to the theme services, the report
// service and the common runtime.
#pragma once

namespace veilig::gateway {

// Runs until SIGTERM/SIGINT; returns the process exit code.
int RunGateway(int argc, char** argv);

}  // namespace veilig::gateway
