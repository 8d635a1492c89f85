// The ondermijning theme service.
#include "common/theme/theme_server.h"
#include "services/ondermijning/ondermijning_extension.h"

int main(int argc, char** argv) {
  using namespace veilig;
  return theme::RunThemeServer(argc, argv,
                               {.name = "ondermijning",
                                .ownership = {.primary = common::v1::THEME_ONDERMIJNING,
                                              .themes = {common::v1::THEME_ONDERMIJNING}},
                                .extension = ondermijning::MakeOndermijningExtension});
}
