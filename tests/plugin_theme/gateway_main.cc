// The gateway of a suite with the test-only fifth theme: the same gateway,
// linked with one more theme registration (CMakeLists.txt).
#include "gateway/gateway_server.h"

int main(int argc, char** argv) { return veilig::gateway::RunGateway(argc, argv); }
