// The zorg-veiligheid theme service.
#include "common/theme/theme_server.h"
#include "services/zorg-veiligheid/zorg_veiligheid_extension.h"

int main(int argc, char** argv) {
  using namespace veilig;
  return theme::RunThemeServer(argc, argv,
                               {.name = "zorg-veiligheid",
                                .ownership = {.primary = common::v1::THEME_ZORG_VEILIGHEID,
                                              .themes = {common::v1::THEME_ZORG_VEILIGHEID}},
                                .extension = zorgveiligheid::MakeZorgVeiligheidExtension});
}
