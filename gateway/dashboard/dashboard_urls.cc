#include "gateway/dashboard/dashboard_urls.h"

namespace veilig::gateway {
namespace {

// Parameters are ids, codes and periods the routes checked: no characters
// that need escaping in a URL.
void Add(std::string& url, const std::string& name, const std::string& value) {
  if (value.empty()) return;
  url += url.find('?') == std::string::npos ? '?' : '&';
  url += name;
  url += '=';
  url += value;
}

}  // namespace

MapQuery MapOf(const std::string& indicator, const std::string& period, const std::string& area) {
  MapQuery query;
  query.indicator = indicator;
  query.period = period;
  query.area = area;
  return query;
}

std::string OverviewUrl(const std::string& municipality) { return "/dashboard/" + municipality; }

std::string MapUrl(const std::string& municipality, const MapQuery& query) {
  std::string url = "/dashboard/" + municipality + "/kaart";
  Add(url, "indicator", query.indicator);
  Add(url, "periode", query.period);
  Add(url, "gebied", query.area);
  Add(url, "sorteer", query.sort);
  if (query.descending) Add(url, "richting", "af");
  return url;
}

std::string AreaUrl(const std::string& municipality, const std::string& area) {
  return "/dashboard/" + municipality + "/gebied/" + area;
}

std::string PrescribedUrl(const std::string& municipality) {
  return "/dashboard/" + municipality + "/bbv";
}

std::string SignalsUrl(const std::string& municipality) {
  return "/dashboard/" + municipality + "/signalen";
}

std::string CsvUrl(const std::string& page_url, bool rfc4180) {
  std::string url = page_url;
  Add(url, "formaat", "csv");
  if (rfc4180) Add(url, "scheiding", "komma");
  return url;
}

std::string OverviewApiUrl(const std::string& municipality) {
  return "/api/v1/municipalities/" + municipality + "/dashboard";
}

std::string MapApiUrl(const std::string& municipality, const MapQuery& query) {
  std::string url = "/api/v1/municipalities/" + municipality + "/area-figures";
  Add(url, "indicator", query.indicator);
  Add(url, "period", query.period);
  Add(url, "area", query.area);
  return url;
}

std::string AreaApiUrl(const std::string& municipality, const std::string& area) {
  return "/api/v1/municipalities/" + municipality + "/areas/" + area;
}

std::string SignalsApiUrl(const std::string& municipality) {
  return "/api/v1/municipalities/" + municipality + "/signals";
}

std::string PrescribedApiUrl(const std::string& municipality) {
  return "/api/v1/municipalities/" + municipality + "/bbv-indicators";
}

}  // namespace veilig::gateway
