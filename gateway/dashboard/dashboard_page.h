// The frame of every dashboard page: NL Design System components (the
// Utrecht component CSS with the NL Design System example theme, served by
// the gateway from /dashboard/stijl/), skip links, a breadcrumb trail, the
// page's sources in the footer. Works without JavaScript.
#pragma once

#include <string>
#include <vector>

namespace veilig::gateway {

struct PageLink {
  std::string label;
  // Empty for the current page (the last crumb).
  std::string href;
};

struct DashboardPage {
  // The <title> and the h1.
  std::string title;
  std::vector<PageLink> breadcrumbs;
  // Skip links besides the first, "Naar de inhoud" (e.g. past a map to its
  // table).
  std::vector<PageLink> skip_links;
  // The main content, HTML.
  std::string body;
  // Lines in the footer: where the figures and outlines come from.
  std::vector<std::string> sources;
};

inline constexpr char kStylesheetPath[] = "/dashboard/stijl/nlds.css";

std::string RenderDashboardPage(const DashboardPage& page);

}  // namespace veilig::gateway
