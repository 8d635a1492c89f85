// veilig-gateway: the report API over the four theme services.
#include "gateway/gateway_server.h"

int main(int argc, char** argv) { return veilig::gateway::RunGateway(argc, argv); }
