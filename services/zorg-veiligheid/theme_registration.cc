// The Zorg en veiligheid theme and its service.
#include "common/theme/themes.h"
#include "services/zorg-veiligheid/domain/section_tables.h"

namespace veilig::zorgveiligheid {
namespace {

std::vector<common::v1::SectionTable> TablesFromV1Data(const common::v1::ThemeSection& section) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  return SectionTables(section.zorg_veiligheid(), section);
#pragma GCC diagnostic pop
}

const theme::ThemeRegistration kZorgVeiligheid({.theme = common::v1::THEME_ZORG_VEILIGHEID,
                                                .slug = "zorg_veiligheid",
                                                .title = "Zorg en veiligheid",
                                                .service = "zorg-veiligheid",
                                                .plan_order = 30,
                                                .default_port = 50053,
                                                .default_metrics_port = 9463,
                                                .tables_from_v1_data = TablesFromV1Data});

}  // namespace
}  // namespace veilig::zorgveiligheid
