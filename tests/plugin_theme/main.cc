// digitale-veiligheid: the test-only fifth theme service.
#include "common/theme/theme_server.h"
#include "tests/plugin_theme/campaign_extension.h"
#include "tests/plugin_theme/theme_id.h"

int main(int argc, char** argv) {
  using namespace veilig;
  const auto theme = digitaleveiligheid::kDigitaleVeiligheid;
  return theme::RunThemeServer(argc, argv,
                               {.name = "digitale-veiligheid",
                                .ownership = {.primary = theme, .themes = {theme}},
                                .extension = digitaleveiligheid::MakeCampaignExtension});
}
