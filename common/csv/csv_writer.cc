#include "common/csv/csv_writer.h"

#include <cmath>
#include <cstdio>

namespace veilig::csv {

CsvWriter::CsvWriter(CsvDialect dialect)
    : dialect_(dialect), separator_(dialect == CsvDialect::kDutchExcel ? ';' : ',') {
  if (dialect_ == CsvDialect::kDutchExcel) text_ = "\xEF\xBB\xBF";
}

void CsvWriter::Row(const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) text_ += separator_;
    const std::string& field = fields[i];
    if (field.find_first_of(std::string{separator_, '"', '\r', '\n'}) == std::string::npos) {
      text_ += field;
      continue;
    }
    text_ += '"';
    for (char c : field) {
      if (c == '"') text_ += '"';
      text_ += c;
    }
    text_ += '"';
  }
  text_ += "\r\n";
}

std::string CsvWriter::Number(std::optional<double> value, int decimals) const {
  if (!value || !std::isfinite(*value)) return "";
  char buffer[64];
  // Halves round away from zero, as the report rounds (printf would round
  // 4.25 to the even 4.2).
  const double scale = std::pow(10.0, decimals);
  std::snprintf(buffer, sizeof(buffer), "%.*f", decimals, std::round(*value * scale) / scale);
  std::string text = buffer;
  // A value that rounds to zero is written without a sign.
  if (text.starts_with('-') && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
  if (dialect_ == CsvDialect::kDutchExcel) {
    if (auto dot = text.find('.'); dot != std::string::npos) text[dot] = ',';
  }
  return text;
}

std::string CsvWriter::Count(std::optional<int64_t> value) {
  return value ? std::to_string(*value) : "";
}

}  // namespace veilig::csv
