// The crisisbeheersing theme service.
#include "common/theme/theme_server.h"
#include "services/crisisbeheersing/crisis_extension.h"

int main(int argc, char** argv) {
  using namespace veilig;
  return theme::RunThemeServer(argc, argv,
                               {.name = "crisisbeheersing",
                                .ownership = {.primary = common::v1::THEME_CRISISBEHEERSING,
                                              .themes = {common::v1::THEME_CRISISBEHEERSING}},
                                .extension = crisisbeheersing::MakeCrisisExtension});
}
