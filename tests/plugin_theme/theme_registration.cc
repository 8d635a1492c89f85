// The test-only theme's one registration.
#include "common/theme/themes.h"
#include "tests/plugin_theme/theme_id.h"

namespace veilig::digitaleveiligheid {
namespace {

const theme::ThemeRegistration kRegistration({.theme = kDigitaleVeiligheid,
                                              .slug = "digitale_veiligheid",
                                              .title = "Digitale veiligheid",
                                              .service = "digitale-veiligheid",
                                              .plan_order = 50,
                                              .default_port = 50055,
                                              .default_metrics_port = 9465});

}  // namespace
}  // namespace veilig::digitaleveiligheid
