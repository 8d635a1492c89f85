// The veilige-wijken theme service.
#include "common/theme/theme_server.h"
#include "services/veilige-wijken/veilige_wijken_extension.h"

int main(int argc, char** argv) {
  using namespace veilig;
  return theme::RunThemeServer(
      argc, argv,
      {.name = "veilige-wijken",
       .ownership = {.primary = common::v1::THEME_VEILIGE_WIJKEN,
                     .themes = {common::v1::THEME_GENERAL, common::v1::THEME_VEILIGE_WIJKEN}},
       .extension = veiligewijken::MakeVeiligeWijkenExtension});
}
